using System.Diagnostics;

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

    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken)
    {
        var chromium = Chromium ?? throw new PdfPrintException(
            $"Chromium is niet gevonden{(string.IsNullOrWhiteSpace(chromiumPath) ? "" : $" op {chromiumPath}")}, en dat is nodig om de PDF te maken. "
            + "Installeer het (Debian: apt-get install chromium), wijs het aan met REGIE_CHROMIUM=/pad/naar/chromium, of maak de rapportage als HTML (--format html).");
        await Slots.WaitAsync(cancellationToken);
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
