using System.Net;
using System.Net.Sockets;

namespace Regie.Cli.Tests;

/// <summary>
/// What `regie --server` refuses before any board data moves: commands that need the database itself, a token sent in clear
/// text over the network, a server that does not answer. Talking to a real server: Regie.Web.Tests/CommandLine.
/// </summary>
public sealed class NamingAServer
{
    [Theory]
    [InlineData("backup", "regie backup")]
    [InlineData("init", "regie init")]
    [InlineData("catalog lint", "regie catalog lint")]
    [InlineData("user add", "regie user add")]
    public async Task ACommandThatNeedsTheDatabaseRefusesAndNamesItself(string command, string named)
    {
        var result = await Cli.RunAsync(["--server", "https://regie.example.nl", "--token", "regie_x", .. command.Split(' ')]);

        Assert.Equal(RegieCli.Usage, result.ExitCode);
        Assert.StartsWith($"'{named}' werkt alleen met een lokale database, niet met een server (https://regie.example.nl).", result.Err);
    }

    [Fact]
    public async Task PlainHttpToAnotherComputerIsRefusedBecauseTheTokenWouldTravelReadable()
    {
        var result = await Cli.RunAsync("--server", "http://regie.example.nl", "--token", "regie_x", "score");

        Assert.Equal(RegieCli.Usage, result.ExitCode);
        Assert.Contains("zonder HTTPS gaat het token leesbaar over het netwerk", result.Err);
    }

    [Fact]
    public async Task ABoardOrDatabaseOptionBesideAServerIsRefusedNotIgnored()
    {
        var result = await Cli.RunAsync("--server", "https://regie.example.nl", "--token", "regie_x", "--organisation", "Stichting Test", "score");

        Assert.Equal(RegieCli.Usage, result.ExitCode);
        Assert.StartsWith("--organisation werkt niet met --server: het API-token bepaalt het bestuur", result.Err);
    }

    [Fact]
    public async Task AServerWithoutATokenAsksForOneInTheEnvironment()
    {
        var result = await Cli.RunAsync("--server", "https://regie.example.nl", "score");

        Assert.Equal(RegieCli.Usage, result.ExitCode);
        Assert.Contains("REGIE_TOKEN", result.Err);
    }

    [Fact]
    public async Task AServerThatDoesNotAnswerIsNamed()
    {
        // A port that was free a moment ago: nothing listens there, so the connection is refused.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await Cli.RunAsync("--server", $"http://127.0.0.1:{port}", "--token", "regie_x", "verdict");

        Assert.Equal(RegieCli.BadInput, result.ExitCode);
        Assert.StartsWith($"Kan de Regie-server http://127.0.0.1:{port}/ niet bereiken", result.Err);
    }
}
