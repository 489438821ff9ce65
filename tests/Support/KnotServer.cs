using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DnsClient;

namespace Regie.Tests.Support;

/// <summary>
/// A real authoritative DNS server (Knot, from the Debian package `knot`) on a free loopback port, serving every zone in
/// tests/fixtures/dns/. The zone servfail.test is broken on purpose: Knot cannot load it and answers SERVFAIL.
/// scripts/test.sh installs the package; without knotd the tests fail with a message saying so.
/// </summary>
public sealed class KnotServer : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regie-knot-").FullName;
    private Process? _process;

    public IPEndPoint Endpoint { get; private set; } = new(IPAddress.Loopback, 0);

    /// <summary>The endpoint as `regie discover --nameserver` takes it.</summary>
    public string Nameserver => $"127.0.0.1:{Endpoint.Port}";

    public static string ZoneFolder { get; } = TestFiles.Fixtures("dns");

    public async ValueTask InitializeAsync()
    {
        var knotd = new[] { Environment.GetEnvironmentVariable("REGIE_KNOTD"), "/usr/sbin/knotd", "/usr/bin/knotd" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p))
            ?? throw new InvalidOperationException("knotd ontbreekt: installeer het Debian-pakket 'knot' (scripts/test.sh doet dat) of zet REGIE_KNOTD.");
        Endpoint = new IPEndPoint(IPAddress.Loopback, FreePort());
        var zones = Directory.GetFiles(ZoneFolder, "*.zone").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);
        var config = Path.Combine(_folder, "knot.conf");
        await File.WriteAllTextAsync(config, $"""
            server:
                listen: 127.0.0.1@{Endpoint.Port}
                rundir: {_folder}
            control:
                listen: {_folder}/knot.sock
            database:
                storage: {_folder}/db
            log:
              - target: stderr
                any: error
            template:
              - id: default
                storage: {ZoneFolder}
                file: "%s.zone"
                zonefile-sync: -1
                journal-content: none
            zone:
            {string.Join("\n", zones.Select(z => $"  - domain: {z}"))}

            """);
        var start = new ProcessStartInfo(knotd, ["-c", config]) { RedirectStandardError = true, RedirectStandardOutput = true };
        _process = Process.Start(start) ?? throw new InvalidOperationException("knotd startte niet.");
        _process.ErrorDataReceived += (_, _) => { };
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
        await WaitUntilAnsweringAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Startup is polled, not timed: a slow machine only waits longer (up to a generous bound).</summary>
    private async Task WaitUntilAnsweringAsync()
    {
        var client = new LookupClient(new LookupClientOptions(Endpoint) { UseCache = false, Retries = 0, Timeout = TimeSpan.FromMilliseconds(200) });
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"knotd stopte meteen (exit {_process.ExitCode}); zie de configuratie in {_folder}.");
            }

            try
            {
                var answer = await client.QueryAsync("m365-school.test", QueryType.SOA);
                if (answer.Answers.Count > 0)
                {
                    return;
                }
            }
            catch (DnsResponseException)
            {
                // not listening yet
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("knotd antwoordde niet binnen 15 s.");
    }

    private static int FreePort()
    {
        using var udp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        udp.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)udp.LocalEndPoint!).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class KnotDnsCollection : ICollectionFixture<KnotServer>
{
    public const string Name = "Knot DNS on loopback";
}

/// <summary>A UDP socket on loopback that receives questions and never answers: a nameserver that has gone silent.</summary>
public sealed class SilentNameserver : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);

    public SilentNameserver() => _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));

    public IPEndPoint Endpoint => (IPEndPoint)_socket.LocalEndPoint!;

    public void Dispose() => _socket.Dispose();
}

/// <summary>A UDP nameserver on loopback that answers every question with the question's id followed by garbage.</summary>
public sealed class GarbageNameserver : IDisposable
{
    private readonly UdpClient _udp = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly CancellationTokenSource _stop = new();

    public GarbageNameserver() => _ = AnswerAsync();

    public IPEndPoint Endpoint => (IPEndPoint)_udp.Client.LocalEndPoint!;

    private async Task AnswerAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var question = await _udp.ReceiveAsync(_stop.Token);
                byte[] answer = [question.Buffer[0], question.Buffer[1], 0x81, 0x80, 0x00, 0x01, 0x00, 0x05, 0xff, 0xff, 0x13, 0x37];
                await _udp.SendAsync(answer, question.RemoteEndPoint, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // stopped
        }
        catch (ObjectDisposedException)
        {
            // stopped
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _udp.Dispose();
        _stop.Dispose();
    }
}
