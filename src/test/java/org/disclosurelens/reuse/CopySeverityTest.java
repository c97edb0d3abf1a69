package org.disclosurelens.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.disclosurelens.check.Severity;
import org.junit.jupiter.api.Test;

/** When a passage two issuers share is a warning and when only worth knowing (ReuseStep.severity). */
class CopySeverityTest {

    private static final DocInfo SHUNCHANG = new DocInfo(0, "a", "中共顺昌县委网络安全和信息化委员会办公室", "350721", "2023", 0);
    private static final DocInfo XINFU = new DocInfo(1, "b", "中共忻府区委网络安全和信息化委员会办公室", "140902", "2023", 1);
    private static final DocInfo PIZHOU_EDUCATION = new DocInfo(2, "c", "邳州市教育局", "320382", "2023", 2);
    private static final DocInfo CUONA_EDUCATION = new DocInfo(3, "d", "错那市教育局", "540581", "2022", 3);
    private static final DocInfo FUPING_STATISTICS = new DocInfo(4, "e", "阜平县统计局", "130624", "2021", 4);

    @Test
    void oneKindSharingAModelWithTheirOwnNamesIsInfo() {
        assertEquals(Severity.INFO, ReuseStep.severity("(一)负责处理顺昌县委网络安全和信息化委员会日常事务工作。", SHUNCHANG, XINFU));
    }

    @Test
    void aPassageNamingTheOtherIssuersCountyIsAWarning() {
        assertEquals(Severity.WARNING, ReuseStep.severity("1.推进义务教育优质均衡发展。错那市教育局确保适龄儿童入学率达到100%。",
                PIZHOU_EDUCATION, CUONA_EDUCATION));
    }

    @Test
    void theDocumentWhoseOwnCountyThePassageNamesIsItsLikelySource() {
        String text = "1.推进义务教育优质均衡发展。错那市教育局确保适龄儿童入学率达到100%。";
        assertEquals(Severity.INFO, ReuseStep.severity(text, CUONA_EDUCATION, FUPING_STATISTICS));
        assertEquals(Severity.WARNING, ReuseStep.severity(text, FUPING_STATISTICS, CUONA_EDUCATION));
    }

    @Test
    void aPassageOfAnotherKindOfDepartmentIsAWarning() {
        assertEquals(Severity.WARNING, ReuseStep.severity("统筹协调全县网络安全保障体系和可信体系建设。", FUPING_STATISTICS, SHUNCHANG));
    }
}
