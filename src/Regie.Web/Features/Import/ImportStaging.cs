using System.Security.Cryptography;
using System.Text.Json;
using Regie.Core.Imports;

namespace Regie.Web.Features.Import;

/// <summary>
/// An uploaded file waiting for the user's confirmation: its bytes, the name and format it was read as, the board it was
/// previewed for, and the review answers the last preview used.
/// </summary>
public sealed record StagedImport(string Token, Guid Board, string FileName, string? Format, DateTimeOffset Staged, IReadOnlyDictionary<string, string?> Decisions)
{
    public MatchDecisions ToDecisions()
    {
        var decisions = new MatchDecisions();
        foreach (var (name, product) in Decisions)
        {
            decisions.Decide(name, product);
        }

        return decisions;
    }
}

/// <summary>
/// Keeps an upload between the web's preview and its confirmation, so the user does not send the file twice and the apply
/// reads exactly the file that was previewed. Files live in a folder of their own (Regie:ImportStaging, else the system's
/// temporary folder), named by a random token; a token belongs to one board, expires after an hour, and at most
/// <see cref="MaxStaged"/> files are kept (the oldest go first), so disk use stays bounded (20 MB each). The uploads are a
/// board's data: the folder is owner-only (mode 700) and every file in it too (600), also in a shared temporary folder.
/// </summary>
public sealed class ImportStaging(IConfiguration configuration, TimeProvider time, ILogger<ImportStaging> log)
{
    public const int MaxStaged = 20;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>The configuration key (environment: <c>Regie__ImportStaging</c>) of the folder; default: regie-imports in the system's temporary folder.</summary>
    public const string FolderKey = "Regie:ImportStaging";

    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private string? folder;

    /// <summary>Made on first use (owner-only), not at start, so that the log can say when it cannot be made owner-only.</summary>
    public string Folder => folder ??= OwnerOnly(Path.GetFullPath(
        configuration[FolderKey] is { Length: > 0 } configured ? configured : Path.Combine(Path.GetTempPath(), "regie-imports")));

    /// <summary>Keeps <paramref name="content"/> for <paramref name="board"/>; returns the token the confirm step sends back.</summary>
    public async Task<StagedImport> StageAsync(MemoryStream content, Guid board, string fileName, string? format, CancellationToken ct)
    {
        Prune();
        var staged = new StagedImport(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), board, fileName, format, time.GetUtcNow(), new Dictionary<string, string?>());
        await using (var file = new FileStream(DataPath(staged.Token), Writing))
        {
            content.Position = 0;
            await content.CopyToAsync(file, ct);
        }

        await SaveAsync(staged, ct);
        return staged;
    }

    /// <summary>The staged upload and its bytes, or null when the token is malformed, expired, unknown or another board's.</summary>
    public async Task<(StagedImport Staged, MemoryStream Content)?> LoadAsync(string? token, Guid board, CancellationToken ct)
    {
        if (!IsToken(token) || !File.Exists(MetaPath(token!)) || !File.Exists(DataPath(token!)))
        {
            return null;
        }

        var staged = JsonSerializer.Deserialize<StagedImport>(await File.ReadAllTextAsync(MetaPath(token!), ct), Json);
        if (staged is null || staged.Board != board || time.GetUtcNow() - staged.Staged > Lifetime)
        {
            return null;
        }

        var content = new MemoryStream(await File.ReadAllBytesAsync(DataPath(token!), ct));
        return (staged, content);
    }

    /// <summary>Remembers the review answers the latest preview was made with.</summary>
    public async Task SaveAsync(StagedImport staged, CancellationToken ct)
    {
        await using var file = new FileStream(MetaPath(staged.Token), Writing);
        await JsonSerializer.SerializeAsync(file, staged, Json, ct);
    }

    private static FileStreamOptions Writing => OperatingSystem.IsWindows()
        ? new() { Mode = FileMode.Create, Access = FileAccess.Write }
        : new() { Mode = FileMode.Create, Access = FileAccess.Write, UnixCreateMode = OwnerOnlyFile };

    /// <summary>
    /// Creates the folder mode 700, or tightens an existing one this process owns; one it does not own (another user made
    /// it first in the shared temporary folder) is used with a warning, its files still owner-only.
    /// </summary>
    private string OwnerOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Directory.CreateDirectory(path).FullName;
        }

        var directory = Directory.CreateDirectory(path, OwnerOnlyFolder);
        if ((directory.UnixFileMode & ~OwnerOnlyFolder) != 0)
        {
            try
            {
                directory.UnixFileMode = OwnerOnlyFolder;
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                log.LogWarning("De map voor geüploade imports {Folder} is leesbaar voor anderen (modus {Mode}) en is niet van deze gebruiker. "
                    + "Kies een eigen map met Regie:ImportStaging, of maak deze alleen voor de eigenaar toegankelijk (chmod 700).",
                    path, Convert.ToString((int)directory.UnixFileMode, 8));
            }
        }

        return directory.FullName;
    }

    public void Remove(string token)
    {
        if (IsToken(token))
        {
            File.Delete(DataPath(token));
            File.Delete(MetaPath(token));
        }
    }

    /// <summary>Drops expired uploads and, beyond <see cref="MaxStaged"/> - 1, the oldest, to make room for one more.</summary>
    private void Prune()
    {
        var files = new DirectoryInfo(Folder).GetFiles("*.upload").OrderByDescending(f => f.LastWriteTimeUtc).ToList();
        foreach (var (file, index) in files.Select((f, i) => (f, i)))
        {
            if (index >= MaxStaged - 1 || time.GetUtcNow() - file.LastWriteTimeUtc > Lifetime)
            {
                Remove(Path.GetFileNameWithoutExtension(file.Name));
            }
        }
    }

    // Only tokens this class makes name files: 32 lower-case hex digits, so no path can be smuggled in.
    private static bool IsToken(string? token) => token is { Length: 32 } && token.All(char.IsAsciiHexDigitLower);

    private string DataPath(string token) => Path.Combine(Folder, token + ".upload");

    private string MetaPath(string token) => Path.Combine(Folder, token + ".json");
}
