using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Regie.Reporting;

/// <summary>Why a PDF could not be made, in words the edge shows as they are (Dutch; the command line and the web speak it).</summary>
public sealed class PdfPrintException(string message) : Exception(message);

/// <summary>
/// Prints an HTML page to PDF with headless Chromium (Debian's <c>chromium</c>), the same browser the tests drive: it
/// lays out the report's CSS (running headers, page numbers, SVG charts) as a browser shows it, and no PDF library on
/// NuGet here does that (docs/REPORT.md says why this and not a pure-.NET renderer). The page is written to a private
/// temporary folder and read as a file; Chromium gets no network (the page has no outside address anyway), its own
/// throw-away profile, a time limit, and is killed with its children when it overruns.
/// </summary>
public sealed class PdfPrinter(string? chromiumPath = null, TimeSpan? timeout = null)
{
    /// <summary>Where Chromium is looked for when no path is configured (REGIE_CHROMIUM or Regie:Chromium first).</summary>
    public static readonly string[] KnownPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    /// <summary>At most two printing at once in one process: each Chromium takes a few hundred MB.</summary>
    private static readonly SemaphoreSlim Slots = new(2);

    private readonly TimeSpan limit = timeout ?? TimeSpan.FromSeconds(60);

    /// <summary>The browser that will be used, or null when none is installed.</summary>
    public string? Chromium => Resolve(chromiumPath);

    /// <summary>A path the user named (option or setting, else REGIE_CHROMIUM) is the only one tried; without one, the usual places.</summary>
    public static string? Resolve(string? configured)
    {
        var named = !string.IsNullOrWhiteSpace(configured) ? configured : Environment.GetEnvironmentVariable("REGIE_CHROMIUM");
        return !string.IsNullOrWhiteSpace(named) ? (File.Exists(named) ? named : null) : KnownPaths.FirstOrDefault(File.Exists);
    }

    /// <summary>How many printed pages are kept for a repeat (a few hundred kB each).</summary>
    public const int Kept = 16;

    // Same page, same PDF: by a hash of the HTML, the prints under way and the last few done. The key is the page itself,
    // so a request only ever gets the bytes of the page it made (another board's page has another hash).
    private readonly ConcurrentDictionary<string, Lazy<Task<byte[]>>> printed = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<KeyValuePair<string, Lazy<Task<byte[]>>>> printedOrder = new();
    private int started;

    /// <summary>How many times this printer has started Chromium (a page asked for again is not printed again).</summary>
    public int ChromiumStarts => Volatile.Read(ref started);

    /// <summary>
    /// The page as PDF. The same page asked for again, or while it is being printed, is printed once: the report of a board
    /// whose data did not change is downloaded by several people, and each print costs a Chromium of a few hundred MB for
    /// seconds. A print in progress finishes within the time limit even when the asker goes away, so the next one can use it.
    /// </summary>
    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken)
    {
        var chromium = Chromium ?? throw new PdfPrintException(
            $"Chromium is niet gevonden{(string.IsNullOrWhiteSpace(chromiumPath) ? "" : $" op {chromiumPath}")}, en dat is nodig om de PDF te maken. "
            + "Installeer het (Debian: apt-get install chromium), wijs het aan met REGIE_CHROMIUM=/pad/naar/chromium, of maak de rapportage als HTML (--format html).");
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(html)));
        var mine = new Lazy<Task<byte[]>>(() => RenderAsync(html, chromium));
        var print = printed.GetOrAdd(key, mine);
        if (ReferenceEquals(print, mine))
        {
            printedOrder.Enqueue(new(key, print)); // only the asker whose print was kept; eviction follows this order
        }

        try
        {
            return await print.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (print.Value.IsFaulted || print.Value.IsCanceled)
        {
            printed.TryRemove(new KeyValuePair<string, Lazy<Task<byte[]>>>(key, print)); // a failed print is tried again next time
            throw;
        }
        finally
        {
            // Removes an entry only while it is still the one queued, so a page printed anew after a failure stays.
            while (printedOrder.Count > Kept && printedOrder.TryDequeue(out var oldest))
            {
                printed.TryRemove(oldest);
            }
        }
    }

    private async Task<byte[]> RenderAsync(string html, string chromium)
    {
        var cancellationToken = CancellationToken.None; // the time limit below bounds it
        await Slots.WaitAsync(cancellationToken);
        Interlocked.Increment(ref started);
        DirectoryInfo? folder = null;
        try
        {
            folder = Directory.CreateTempSubdirectory("regie-report-");
            var page = Path.Combine(folder.FullName, "rapport.html");
            var pdf = Path.Combine(folder.FullName, "rapport.pdf");
            await File.WriteAllTextAsync(page, html, cancellationToken);
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-sync", "--disable-component-update", "--mute-audio",
                // No network at all: the page is one file; a resolver that points nowhere keeps any stray address from leaving.
                "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
                $"--user-data-dir={Path.Combine(folder.FullName, "profile")}",
                "--no-pdf-header-footer", $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new PdfPrintException($"Chromium ({chromium}) kon niet worden gestart.");
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(limit);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                throw new PdfPrintException($"Chromium maakte de PDF niet binnen {limit.TotalSeconds:0} seconden; probeer het opnieuw of maak de rapportage als HTML.");
            }

            await Task.WhenAll(output, errors);
            if (!File.Exists(pdf) || new FileInfo(pdf).Length == 0)
            {
                throw new PdfPrintException($"Chromium ({chromium}) maakte geen PDF (afsluitcode {process.ExitCode}). {FirstLine(errors.Result)}".Trim());
            }

            return await File.ReadAllBytesAsync(pdf, cancellationToken);
        }
        finally
        {
            Slots.Release();
            try
            {
                folder?.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A Chromium child that still holds its profile; the temporary folder is cleaned by the system.
            }
        }
    }

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault(l => !l.Contains("dbus", StringComparison.OrdinalIgnoreCase)) ?? "";
}
