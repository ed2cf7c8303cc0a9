package archive.cluster;

import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.node.Node;

/**
 * Runs an N-node OpenSearch cluster in this JVM, on loopback only, for development, tests and CI.
 *
 * <p>Usage: {@code ClusterLauncher <data dir> <nodes> <first http port> <first transport port>}.
 * Node i (1-based) listens on http port + i - 1 and transport port + i - 1. Writes
 * {@code <data dir>/ready} with the HTTP URLs once the cluster is green.
 *
 * <p>Control without a network port: a file {@code <data dir>/control/stop-<i>} stops node i,
 * {@code start-<i>} starts it again (the failure tests use this); the launcher deletes each
 * file once the command is done, then writes {@code <data dir>/nodes} ("1 up", "2 down", ...).
 */
public final class ClusterLauncher {

    private static final String CLUSTER_NAME = "archive-cluster";

    private ClusterLauncher() {
    }

    public static void main(final String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: ClusterLauncher <data dir> <nodes> <http port> <transport port>");
            System.exit(2);
        }
        final Path base = Paths.get(args[0]).toAbsolutePath();
        final int nodes = Integer.parseInt(args[1]);
        final int httpPort = Integer.parseInt(args[2]);
        final int transportPort = Integer.parseInt(args[3]);
        Files.createDirectories(base.resolve("control"));
        Files.deleteIfExists(base.resolve("ready"));

        final List<String> names = new ArrayList<>();
        final List<String> seeds = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            names.add("node-" + (i + 1));
            seeds.add("127.0.0.1:" + (transportPort + i));
        }

        final OpenSearchRunner runner = new OpenSearchRunner();
        // The runner checks ports only up to its own maximum (9299 unless told): any base.
        runner.setMaxHttpPort(httpPort + nodes - 1);
        runner.onBuild((number, settings) -> {
            final int i = number - 1;
            settings.put("node.name", names.get(i));
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", String.valueOf(httpPort + i));
            settings.put("transport.port", String.valueOf(transportPort + i));
            settings.putList("discovery.seed_hosts", seeds);
            settings.putList("cluster.initial_cluster_manager_nodes", names);
            // A small machine: no disk-based refusals on a nearly full /tmp, one processor each.
            settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
            settings.put("node.processors", "1");
            settings.put("action.destructive_requires_name", "false");
        }).build(newConfigs().basePath(base.resolve("nodes-data").toString()).numOfNode(nodes)
                .baseHttpPort(httpPort - 1).clusterName(CLUSTER_NAME).disableESLogger());

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (final IOException e) {
                e.printStackTrace();
            }
        }));

        runner.ensureGreen();
        final List<String> urls = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            urls.add("http://127.0.0.1:" + (httpPort + i));
        }
        writeAtomically(base.resolve("ready"), String.join(",", urls) + "\n");
        writeStatus(base, runner);
        System.out.println("cluster green: " + String.join(",", urls));
        System.out.flush();
        watchControl(base, runner);
    }

    /** Applies control files until the process is stopped. */
    private static void watchControl(final Path base, final OpenSearchRunner runner)
            throws IOException, InterruptedException {
        final Path control = base.resolve("control");
        while (true) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(control)) {
                for (final Path file : files) {
                    apply(file, runner);
                    Files.deleteIfExists(file);
                    writeStatus(base, runner);
                }
            }
            Thread.sleep(200);
        }
    }

    private static void apply(final Path file, final OpenSearchRunner runner) {
        final String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        final int dash = name.indexOf('-');
        if (dash < 0) {
            return;
        }
        final int index;
        try {
            index = Integer.parseInt(name.substring(dash + 1)) - 1;
        } catch (final NumberFormatException e) {
            return;
        }
        if (index < 0 || index >= runner.getNodeSize()) {
            return;
        }
        try {
            if (name.startsWith("stop-")) {
                final Node node = runner.getNode(index);
                if (node != null && !node.isClosed()) {
                    node.close();
                }
                System.out.println("stopped node " + (index + 1));
            } else if (name.startsWith("start-")) {
                runner.startNode(index);
                System.out.println("started node " + (index + 1));
            }
        } catch (final Exception e) {
            System.err.println("control " + name + " failed: " + e);
        }
        System.out.flush();
    }

    private static void writeStatus(final Path base, final OpenSearchRunner runner) throws IOException {
        final StringBuilder out = new StringBuilder();
        for (int i = 0; i < runner.getNodeSize(); i++) {
            final Node node = runner.getNode(i);
            final boolean up = node != null && !node.isClosed();
            out.append(i + 1).append(up ? " up\n" : " down\n");
        }
        writeAtomically(base.resolve("nodes"), out.toString());
    }

    private static void writeAtomically(final Path target, final String text) throws IOException {
        final Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(tmp, text.getBytes(StandardCharsets.UTF_8));
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
