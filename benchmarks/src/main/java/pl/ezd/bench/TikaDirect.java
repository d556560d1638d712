package pl.ezd.bench;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The yardstick of the extraction pipeline: Apache Tika's AutoDetectParser called directly on the
 * same letters, in memory, with as many threads as the machine has cores, for a fixed time after a
 * warm-up. It does what the EZD's ContentAnalysis does (detect, parse, body text up to the same
 * limit) and nothing around it (no store, no hash check, no time box, no database).
 */
public final class TikaDirect {

    /** DocumentVersion.TEXT_LIMIT in ezd-ejb. */
    static final int TEXT_LIMIT = 1_000_000;

    private TikaDirect() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Benchmarks.intProperty("bench.extraction-threads", Runtime.getRuntime().availableProcessors());
        int warmup = Benchmarks.intProperty("bench.warmup-seconds", 30);
        int seconds = Benchmarks.intProperty("bench.seconds", 60);
        Stats stats = run(Letters.load(), threads, warmup, seconds);
        System.out.println("[tika-direct] " + stats.summary(seconds));
    }

    /** Runs warm-up then the measured phase; returns the measured phase's statistics. */
    static Stats run(List<Letters.Letter> letters, int threads, int warmupSeconds, int seconds) throws InterruptedException {
        AutoDetectParser parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
        runFor(parser, letters, threads, warmupSeconds, new Stats());
        Stats stats = new Stats();
        runFor(parser, letters, threads, seconds, stats);
        return stats;
    }

    private static void runFor(AutoDetectParser parser, List<Letters.Letter> letters, int threads, int seconds, Stats stats)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger next = new AtomicInteger();
        AtomicLong characters = new AtomicLong();
        var done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        Letters.Letter letter = letters.get(Math.floorMod(next.getAndIncrement(), letters.size()));
                        long start = System.nanoTime();
                        try {
                            characters.addAndGet(extract(parser, letter).length());
                            stats.record(System.nanoTime() - start);
                        } catch (Exception e) {
                            stats.error();
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "tika-direct-" + t);
            worker.start();
        }
        done.await();
        if (stats.count() > 0 && characters.get() / stats.count() < 1000) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "Tika extracted only %d characters per letter: the input letters have no real text", characters.get() / stats.count()));
        }
    }

    static String extract(AutoDetectParser parser, Letters.Letter letter) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, letter.fileName());
        var handler = new BodyContentHandler(TEXT_LIMIT);
        try (var in = TikaInputStream.get(new ByteArrayInputStream(letter.content()))) {
            parser.parse(in, handler, metadata, new ParseContext());
        }
        return handler.toString();
    }
}
