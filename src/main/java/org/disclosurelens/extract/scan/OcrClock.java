package org.disclosurelens.extract.scan;

/**
 * Tells whoever limits a document's time that a page is about to be read by OCR, which takes
 * seconds where a text page takes milliseconds: a batch gives each such page {@link #PAGE_SECONDS}
 * more, so that a long scanned document is not stopped by a limit set for text documents. The
 * listener is per thread, set by the worker around each document.
 */
public final class OcrClock {

    /** The time one page's OCR may take on a loaded core (2-3 s measured, 4-5 s with two at once). */
    public static final int PAGE_SECONDS = 10;

    private static final ThreadLocal<Runnable> LISTENER = new ThreadLocal<>();

    private OcrClock() {
    }

    /** While the returned handle is open, {@code onPage} runs on this thread before each page's OCR. */
    public static Listening listen(Runnable onPage) {
        LISTENER.set(onPage);
        return LISTENER::remove;
    }

    /** A listener's registration; closing it removes it. */
    public interface Listening extends AutoCloseable {
        @Override
        void close();
    }

    static void page() {
        Runnable listener = LISTENER.get();
        if (listener != null) {
            listener.run();
        }
    }
}
