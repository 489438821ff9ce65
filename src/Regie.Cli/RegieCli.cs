using System.CommandLine;
using System.Data.Common;
using Regie.Cli.Commands;
using Regie.Core.Knowledge;

namespace Regie.Cli;

/// <summary>
/// The `regie` command. Exit codes: 0 done, 1 bad input (a broken file, an unknown board, a data error), 2 wrong usage,
/// 3 a fault in Regie itself. User errors print a Dutch message naming the place, never a stack trace.
/// </summary>
public static class RegieCli
{
    public const int Ok = 0, BadInput = 1, Usage = 2, InternalError = 3;

    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, output, error).GetAwaiter().GetResult();

    /// <summary>The commands that have an API equivalent and so run against a server (--server); the rest need the database itself.</summary>
    public static readonly string[] RemoteCommands = ["score", "verdict", "services", "priorities", "import", "assess", "dpia", "kia", "register"];

    // The root itself (help, version) needs no board; `import template` only writes a local file.
    private static bool RunsRemotely(Command command) => CommandPath(command) is var path && (path.Count == 0 || RemoteCommands.Contains(path[0]));

    private static List<string> CommandPath(Command command)
    {
        var names = new List<string>();
        for (Command? c = command; c is not null and not RootCommand; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, c.Name);
        }

        return names;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        StartupTrace.Mark("main");
        var cli = new CliContext(output, error);
        var root = new RootCommand("Regie: meet en verminder de afhankelijkheid van Big Tech van een schoolbestuur.")
        {
            InitCommand.Create(cli), ImportCommand.Create(cli), ScoreCommand.Create(cli), GraphCommand.Create(cli), CatalogCommand.Create(cli),
        };
        CatalogMatchCommand.AddTo(root, cli);
        root.Subcommands.Add(DiscoverCommand.Create(cli));
        root.Subcommands.Add(SectorCommand.Create(cli));
        root.Subcommands.Add(ExportCommand.Create(cli));
        root.Subcommands.Add(RangesCommand.Create(cli));
        root.Subcommands.Add(SimulateCommand.Create(cli));
        root.Subcommands.Add(ListCommand.Create(cli));
        root.Subcommands.Add(RegisterCommand.Create(cli));
        root.Subcommands.Add(VerdictCommand.Create(cli));
        root.Subcommands.Add(AssessCommand.Create(cli));
        root.Subcommands.Add(ReportCommand.Create(cli));
        root.Subcommands.Add(ServicesCommand.Services(cli));
        root.Subcommands.Add(ServicesCommand.Priorities(cli));
        root.Subcommands.Add(ImpactRegisterCommand.Dpia(cli));
        root.Subcommands.Add(ImpactRegisterCommand.Kia(cli));
        root.Subcommands.Add(HistoryCommand.Snapshot(cli));
        root.Subcommands.Add(HistoryCommand.History(cli));
        root.Subcommands.Add(QuestionnaireCommand.Create(cli));
        root.Subcommands.Add(BackupCommand.Create(cli));
        root.Subcommands.Add(RestoreCommand.Create(cli));
        root.Subcommands.Add(UserCommand.Create(cli));
        cli.AddGlobalOptions(root);

        var parsed = root.Parse(args);
        StartupTrace.Mark("command line parsed");
        // Before the usage errors: whatever else is missing, this command does not run against a server.
        if (cli.ServerAddress(parsed) is { } server && !RunsRemotely(parsed.CommandResult.Command))
        {
            var name = string.Join(' ', CommandPath(parsed.CommandResult.Command));
            await error.WriteLineAsync($"'regie {name}' werkt alleen met een lokale database, niet met een server ({server}). " +
                "Via de server kunnen: " + string.Join(", ", RemoteCommands.Select(c => "regie " + c)) + ". Laat --server (en REGIE_SERVER) weg voor deze opdracht.");
            return Usage;
        }

        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync($"Fout in de opdracht: {parseError.Message}");
            }

            await error.WriteLineAsync("Zie 'regie --help' of 'regie <opdracht> --help'.");
            return Usage;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (UserError e)
        {
            await error.WriteLineAsync(e.Message);
            return e.ExitCode;
        }
        catch (KnowledgeLoadException e)
        {
            await error.WriteLineAsync(e.Message);
            await error.WriteLineAsync("Controleer de gegevensbestanden met 'regie catalog lint'.");
            return BadInput;
        }
        catch (DbException e)
        {
            await error.WriteLineAsync($"De database gaf een fout: {e.Message}");
            return BadInput;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Afgebroken.");
            return BadInput;
        }
        catch (Exception e) // A fault in Regie, not in the input: the stack trace is what a maintainer needs.
        {
            await error.WriteLineAsync($"Interne fout in Regie; meld dit met de volgende gegevens:\n{e}");
            return InternalError;
        }
    }
}

/// <summary>A problem the user can fix; its message is Dutch and names the place.</summary>
public sealed class UserError(string message, int exitCode = RegieCli.BadInput) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public static UserError Usage(string message) => new(message, RegieCli.Usage);
}
