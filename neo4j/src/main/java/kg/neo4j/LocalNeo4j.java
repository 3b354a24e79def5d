package kg.neo4j;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingImpl;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community (kernel, Cypher runtime, Bolt server) in the foreground on 127.0.0.1 until
 * SIGINT/SIGTERM. Everything is configured from the environment so `npm run neo4j` and .ci/run share
 * one launcher; the JVM heap is set by the script that starts the JVM.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(env("NEO4J_HOME_DIR", ".neo4j")).toAbsolutePath();
    int port = Integer.parseInt(env("NEO4J_PORT", "7687"));
    String user = env("NEO4J_USER", "neo4j");
    String password = env("NEO4J_PASSWORD", "knowledge-graph");
    long pageCache = ByteUnit.parse(env("NEO4J_PAGECACHE", "512m"));

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(
                Map.<Setting<?>, Object>of(
                    GraphDatabaseSettings.auth_enabled, true,
                    GraphDatabaseSettings.pagecache_memory, pageCache,
                    BoltConnector.enabled, true,
                    BoltConnector.listen_address, new SocketAddress("127.0.0.1", port),
                    BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
                    // The Bolt port is all the server needs; no HTTP listener to collide with others.
                    HttpConnector.enabled, false,
                    HttpsConnector.enabled, false,
                    // Keep the local store small: a development database needs no long transaction history.
                    GraphDatabaseSettings.keep_logical_logs, parse(GraphDatabaseSettings.keep_logical_logs, "2 files"),
                    GraphDatabaseSettings.preallocate_logical_logs, false))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Neo4j: stopping");
                  dbms.shutdown();
                  System.out.println("Neo4j: stopped");
                  stopped.countDown();
                }));

    setPassword(dbms, user, password);
    System.out.println("Neo4j 5 Community is ready: NEO4J_URI=bolt://127.0.0.1:" + port + " NEO4J_USER=" + user
        + " (data in " + home + ", Ctrl-C stops it)");
    stopped.await();
  }

  /**
   * The embedded API runs with full rights, so the system database takes the password directly; a
   * restart with the same password is refused by Neo4j ("cannot be the same") and is not an error.
   */
  private static void setPassword(DatabaseManagementService dbms, String user, String password) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally(
              "ALTER USER `" + user.replace("`", "``") + "` SET PASSWORD $password CHANGE NOT REQUIRED",
              Map.of("password", password));
    } catch (RuntimeException e) {
      if (!String.valueOf(messages(e)).contains("cannot be the same")) throw e;
    }
  }

  private static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) all.append(t.getMessage()).append('\n');
    return all.toString();
  }

  @SuppressWarnings("unchecked")
  private static <T> T parse(Setting<T> setting, String value) {
    return ((SettingImpl<T>) setting).parse(value);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
