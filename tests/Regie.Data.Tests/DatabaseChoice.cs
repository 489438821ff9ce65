using Regie.Data;

namespace Regie.Data.Tests;

public sealed class DatabaseChoice
{
    [Fact]
    public void ADatabasePathMeansASqliteFile()
    {
        var settings = DatabaseSettings.FromArgsOrEnvironment(Path.Combine(Path.GetTempPath(), "regie-choice", "r.db"), null);

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Contains(Path.Combine("regie-choice", "r.db"), settings.ConnectionString);
    }

    [Fact]
    public void AConnectionStringMeansPostgres()
    {
        var settings = DatabaseSettings.FromArgsOrEnvironment(null, "Host=db;Database=regie;Username=regie;Password=geheim");

        Assert.Equal(DatabaseProvider.Postgres, settings.Provider);
    }

    [Fact]
    public void BothAPathAndAConnectionStringAreRefused() =>
        Assert.Throws<ArgumentException>(() => DatabaseSettings.FromArgsOrEnvironment("r.db", "Host=db"));

    [Fact]
    public void CommandLineOptionsWinOverTheEnvironment()
    {
        var before = Environment.GetEnvironmentVariable("REGIE_CONNECTION");
        try
        {
            Environment.SetEnvironmentVariable("REGIE_CONNECTION", "Host=from-env");
            Assert.Equal(DatabaseProvider.Sqlite, DatabaseSettings.FromArgsOrEnvironment(Path.Combine(Path.GetTempPath(), "r.db"), null).Provider);
            Assert.Equal("Host=from-env", DatabaseSettings.FromArgsOrEnvironment(null, null).ConnectionString);
        }
        finally
        {
            Environment.SetEnvironmentVariable("REGIE_CONNECTION", before);
        }
    }

    [Fact]
    public void TheDefaultDatabaseIsRegieDbInLocalApplicationData() =>
        Assert.Equal(
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "regie", "regie.db"),
            DatabaseSettings.DefaultSqlitePath());

    [Fact]
    public void PrintedSettingsNeverShowThePassword()
    {
        var printed = DatabaseSettings.Postgres("Host=db.example;Port=5433;Database=regie;Username=regie;Password=geheim").ToString();

        Assert.Equal("PostgreSQL db.example:5433/regie", printed);
        Assert.DoesNotContain("geheim", printed);
    }
}
