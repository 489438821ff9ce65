using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Regie.Cli.Remote;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Data;
using Spectre.Console;

namespace Regie.Cli;

/// <summary>What every command shares: the writers, the global options, and opening the database, data folder and board.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error)
{
    private IAnsiConsole? _console, _progress;

    public TextWriter Out => output;
    public TextWriter Err => error;

    /// <summary>The clock every command's rules read (the twelve-month exit-test rule among them).</summary>
    public TimeProvider Time { get; } = TimeProvider.System;

    /// <summary>Today by <see cref="Time"/>: the day the knowledge counts on (a vendor's answer in the catalog counts twelve months).</summary>
    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);

    public Option<string> Database { get; } = new("--database")
    {
        Description = "SQLite-databasebestand (standaard: regie.db in de lokale toepassingsmap, of REGIE_DATABASE).",
        HelpName = "PAD",
        Recursive = true,
    };

    public Option<string> Connection { get; } = new("--connection")
    {
        Description = "PostgreSQL-verbinding in plaats van SQLite (of REGIE_CONNECTION).",
        HelpName = "VERBINDING",
        Recursive = true,
    };

    public Option<string> Data { get; } = new("--data")
    {
        Description = "Map met de gegevensbestanden (catalogus, processen, model); standaard REGIE_DATA of de dichtstbijzijnde data/.",
        HelpName = "MAP",
        Recursive = true,
    };

    public Option<string> Organisation { get; } = new("--organisation")
    {
        Description = "Naam of id van het schoolbestuur (standaard: het enige of eerste).",
        HelpName = "NAAM-OF-ID",
        Recursive = true,
    };

    public Option<string> Server { get; } = new("--server")
    {
        Description = "Adres van een Regie-server (https://…; of REGIE_SERVER): score, verdict, services, priorities, import, assess, dpia, kia en register gaan dan via de API met een API-token.",
        HelpName = "URL",
        Recursive = true,
    };

    public Option<string> Token { get; } = new("--token")
    {
        Description = "API-token voor --server. Liever REGIE_TOKEN: wat op de opdrachtregel staat, ziet iedereen op deze computer in 'ps'.",
        HelpName = "TOKEN",
        Recursive = true,
    };

    /// <summary>Tables and reports: stdout. Only on a terminal does Spectre use colour and width.</summary>
    public IAnsiConsole Console => _console ??= CreateConsole(output);

    /// <summary>Spinners go to stderr, so that JSON or CSV on stdout stays clean; they draw only on a terminal.</summary>
    public IAnsiConsole Progress => _progress ??= CreateConsole(error);

    public void AddGlobalOptions(RootCommand root)
    {
        foreach (var option in new[] { Database, Connection, Data, Organisation, Server, Token })
        {
            root.Options.Add(option);
        }
    }

    /// <summary>The server to talk to (--server, else REGIE_SERVER), or null for the local database.</summary>
    public string? ServerAddress(ParseResult parse) =>
        parse.GetValue(Server) is { Length: > 0 } url ? url
        : Environment.GetEnvironmentVariable("REGIE_SERVER") is { Length: > 0 } fromEnvironment ? fromEnvironment : null;

    /// <summary>Where the board's data comes from: a Regie server when one is named, else the local database and data folder.</summary>
    public IBoardSource OpenSource(ParseResult parse)
    {
        if (ServerAddress(parse) is not { } url)
        {
            return new LocalBoardSource(this, parse);
        }

        // The token names the board; a database option would be silently ignored, so it is refused instead.
        if (new Option[] { Organisation, Database, Connection }.FirstOrDefault(o => parse.GetResult(o) is not null) is { } local)
        {
            throw UserError.Usage($"{local.Name} werkt niet met --server: het API-token bepaalt het bestuur, de server zijn database.");
        }

        return new RemoteBoardSource(RegieServer.Connect(url, parse.GetValue(Token) ?? Environment.GetEnvironmentVariable("REGIE_TOKEN")));
    }

    public DatabaseSettings DatabaseSettings(ParseResult parse)
    {
        try
        {
            return Regie.Data.DatabaseSettings.FromArgsOrEnvironment(parse.GetValue(Database), parse.GetValue(Connection));
        }
        catch (ArgumentException e)
        {
            throw UserError.Usage(e.Message);
        }
    }

    /// <summary>An explicit --data is used as given, never silently replaced by another data folder.</summary>
    public string DataFolder(ParseResult parse)
    {
        if (parse.GetValue(Data) is { } explicitFolder)
        {
            return Directory.Exists(explicitFolder)
                ? Path.GetFullPath(explicitFolder)
                : throw new UserError($"De gegevensmap '{explicitFolder}' (--data) bestaat niet.");
        }

        try
        {
            return Regie.Core.Knowledge.Loading.DataFolder.Locate();
        }
        catch (DirectoryNotFoundException e)
        {
            throw new UserError(e.Message);
        }
    }

    /// <summary>The day's knowledge, with the parsed files kept in the data folder's cache for the next command.</summary>
    private RegieKnowledge LoadKnowledge(string folder) =>
        KnowledgeLoader.Load(folder, Regie.Core.Knowledge.Loading.DataFolder.ParsedFilesFolder(folder)).AsOf(Today);

    public Task<RegieKnowledge> LoadKnowledgeAsync(ParseResult parse)
    {
        var folder = DataFolder(parse);
        return StatusAsync("Catalogus en model laden…", () =>
        {
            var knowledge = LoadKnowledge(folder);
            StartupTrace.Mark("data folder loaded");
            return Task.FromResult(knowledge);
        });
    }

    /// <summary>
    /// The data folder and the board together: the catalog is read on a second thread while the database is checked and the
    /// board loaded (each about half a second of a command's start, most of it JIT; docs/PERFORMANCE.md, "Imports"). A
    /// broken data folder is still reported before a database problem, as when the two were loaded one after the other.
    /// </summary>
    public async Task<(RegieKnowledge Knowledge, Board Board)> LoadKnowledgeAndOpenBoardAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var folder = DataFolder(parse);
        var loading = Task.Run(() =>
        {
            var knowledge = LoadKnowledge(folder);
            StartupTrace.Mark("data folder loaded");
            return knowledge;
        }, cancellationToken);
        Board board;
        try
        {
            board = await OpenBoardAsync(parse, cancellationToken);
        }
        catch
        {
            await loading; // its error, if any, is the one to report first
            throw;
        }

        try
        {
            return (await loading, board);
        }
        catch
        {
            await board.DisposeAsync();
            throw;
        }
    }

    /// <summary>The database as the system, for knowledge shared by every board (IP ranges); migrated first.</summary>
    public async Task<RegieDbContext> OpenSharedKnowledgeAsync(ParseResult parse, CancellationToken cancellationToken, ITenantContext? writer = null)
    {
        var settings = DatabaseSettings(parse);
        await StatusAsync("Database bijwerken…", async () => { await RegieDatabase.MigrateAsync(settings, cancellationToken); return true; });
        return RegieDatabase.Create(settings, writer ?? TenantContext.System);
    }

    /// <summary>Who the command line's writes are audited as: the user who runs it.</summary>
    public static string Actor => $"cli:{Environment.UserName}";

    /// <summary>Migrates the database, finds the board (--organisation, else the only or first one) and loads its landscape.</summary>
    public async Task<Board> OpenBoardAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var settings = DatabaseSettings(parse);
        await StatusAsync("Database bijwerken…", async () => { await RegieDatabase.MigrateAsync(settings, cancellationToken); return true; });
        StartupTrace.Mark("database migrated");
        List<OrganisationEntity> organisations;
        await using (var system = RegieDatabase.Create(settings, TenantContext.System))
        {
            organisations = await system.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking().ToListAsync(cancellationToken);
        }

        StartupTrace.Mark("boards read");
        organisations = [.. organisations.OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase)];
        if (organisations.Count == 0)
        {
            throw new UserError($"Er is nog geen schoolbestuur in {settings}. Begin met: regie init --name \"Stichting …\" --sector po");
        }

        var wanted = parse.GetValue(Organisation);
        var organisation = wanted is null
            ? organisations[0]
            : organisations.FirstOrDefault(o => Guid.TryParse(wanted, out var id) ? o.Id == id : string.Equals(o.Name, wanted.Trim(), StringComparison.OrdinalIgnoreCase))
              ?? throw new UserError($"Schoolbestuur '{wanted}' bestaat niet in {settings}. Bekend: {string.Join(", ", organisations.Select(o => o.Name))}.");
        if (wanted is null && organisations.Count > 1)
        {
            await error.WriteLineAsync($"Let op: {organisations.Count} schoolbesturen in de database; gekozen: '{organisation.Name}'. Kies een ander met --organisation.");
        }

        var db = RegieDatabase.Create(settings, new FixedTenant(organisation.Id, $"cli:{Environment.UserName}"));
        try
        {
            var landscape = await db.LoadLandscapeAsync(new OrganisationId(organisation.Id), Time, cancellationToken);
            StartupTrace.Mark("board loaded");
            return new Board(organisation, db, landscape);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>A spinner while the work runs, on a terminal only: in a pipe or a test it would be noise on stderr.</summary>
    public Task<T> StatusAsync<T>(string message, Func<Task<T>> work) =>
        Progress.Profile.Capabilities.Interactive ? Progress.Status().StartAsync(message, _ => work()) : work();

    private static IAnsiConsole CreateConsole(TextWriter writer)
    {
        var terminal = (ReferenceEquals(writer, System.Console.Out) && !System.Console.IsOutputRedirected)
                       || (ReferenceEquals(writer, System.Console.Error) && !System.Console.IsErrorRedirected);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = 160; // a file or pipe has no width; keep table rows on one line
        }

        return console;
    }
}

/// <summary>The chosen board: its row, a context scoped to it, and its landscape as loaded.</summary>
internal sealed class Board(OrganisationEntity organisation, RegieDbContext db, BoardLandscape landscape) : IAsyncDisposable
{
    public OrganisationEntity Organisation => organisation;
    public RegieDbContext Db => db;
    public BoardLandscape Landscape => landscape;

    public ValueTask DisposeAsync() => db.DisposeAsync();
}
