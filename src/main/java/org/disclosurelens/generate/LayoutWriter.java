package org.disclosurelens.generate;

/** Lays a disclosure out as one template does; one class per template. */
interface LayoutWriter {

    Rendition write(Disclosure d);

    static LayoutWriter of(Template template) {
        return switch (template) {
            case COUNTY_NINE_PART -> new CountyNinePartWriter();
            case SHANGHAI_BUDGET -> new ShanghaiWriter();
            case JIANGSU_BUDGET -> new JiangsuWriter();
            case FINAL_ACCOUNTS -> new FinalAccountsWriter();
        };
    }

    /** The budget unit's line above a project table: its code, name and 本级 (897001…本级). */
    static String budgetUnit(Disclosure d) {
        return String.format("%03d001", 100 + Math.floorMod(d.unit().hashCode(), 900)) + d.unit() + "本级";
    }
}
