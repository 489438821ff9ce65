using Microsoft.Data.Sqlite;
using Npgsql;

namespace Regie.Data;

/// <summary>What a database's refusal means, the same on SQLite and PostgreSQL.</summary>
public static class DatabaseErrors
{
    private const int SqliteConstraintUnique = 2067;

    /// <summary>True when a unique index (not a primary key) refused the row, e.g. a second service of one name on a board.</summary>
    public static bool IsUniqueViolation(Exception exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteConstraintUnique,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation && postgres.ConstraintName?.StartsWith("PK_", StringComparison.Ordinal) != true,
        _ => false,
    };

    /// <summary>The database's own words, without the wrapper EF puts around them.</summary>
    public static string Detail(Exception exception) => (exception.InnerException ?? exception) switch
    {
        PostgresException postgres => postgres.MessageText,
        SqliteException sqlite => sqlite.Message,
        var other => other.Message,
    };
}
