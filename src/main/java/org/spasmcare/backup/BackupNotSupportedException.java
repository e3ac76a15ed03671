package org.spasmcare.backup;

/**
 * The app's database is not the embedded H2 file database, so it cannot back itself up: a server database
 * such as PostgreSQL is backed up with its own tools ({@code pg_dump}).
 */
public class BackupNotSupportedException extends RuntimeException {

    private final String product;

    BackupNotSupportedException(String product) {
        super("Online backups are taken only of the embedded H2 file database; this app runs on " + product
                + ". Back it up with that database's own tools (PostgreSQL: pg_dump -Fc), as the README's"
                + " 'Backup and restore' section describes.");
        this.product = product;
    }

    /** The database product the app runs on, as its JDBC driver names it. */
    public String product() {
        return product;
    }
}
