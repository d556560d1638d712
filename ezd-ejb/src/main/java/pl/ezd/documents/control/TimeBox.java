package pl.ezd.documents.control;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs work that reads untrusted content (parsing, rendering) on another thread and gives up on it
 * after a time limit, interrupting it. A parser stuck in a loop that ignores interrupts keeps its
 * thread until it ends; the caller's thread, and the version it works on, are released.
 */
public final class TimeBox {

    private TimeBox() {
    }

    /** The work's result, or {@link ExtractionFailedException} when it failed or ran out of time. */
    public static <T> T within(ExecutorService executor, Duration limit, Callable<T> work) {
        Future<T> running = executor.submit(work);
        try {
            return running.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw new ExtractionFailedException("Przekroczono limit czasu " + limit.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionFailedException("Przerwano", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ExtractionFailedException failed) {
                throw failed;
            }
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (cause instanceof Error error) {
                // e.g. an OutOfMemoryError of one hostile file: reported on the version, not rethrown
                throw new ExtractionFailedException("Plik wyczerpał zasoby serwera: " + error, error);
            }
            throw new ExtractionFailedException(String.valueOf(cause), cause);
        }
    }
}
