namespace Regie.Core.Observatory;

/// <summary>
/// What a new import of DUO's register changes against the stored one: schools and boards that are new or gone, renamed,
/// or with a new website (compared as domains, so "www.school.nl" and "https://school.nl/" are the same site).
/// </summary>
public sealed record RegisterChanges(IReadOnlyList<ObservatoryReason> Changes)
{
    public int NewSchools => Changes.Count(c => c is SchoolOpened);
    public int ClosedSchools => Changes.Count(c => c is SchoolClosed);
    public int Renamed => Changes.Count(c => c is SchoolRenamed or BoardRenamed);
    public int NewWebsites => Changes.Count(c => c is SchoolWebsiteChanged or BoardWebsiteChanged);
    public int NewBoards => Changes.Count(c => c is BoardOpened);
    public int ClosedBoards => Changes.Count(c => c is BoardClosed);

    /// <summary>Boards first, then schools; within each by number or code.</summary>
    public static RegisterChanges Compare(SectorRegister before, SectorRegister after)
    {
        var changes = new List<ObservatoryReason>();
        var oldBoards = before.Boards.ToDictionary(b => b.BoardNumber, StringComparer.Ordinal);
        var newBoards = after.Boards.ToDictionary(b => b.BoardNumber, StringComparer.Ordinal);
        foreach (var board in after.Boards.OrderBy(b => b.BoardNumber, StringComparer.Ordinal))
        {
            if (!oldBoards.TryGetValue(board.BoardNumber, out var old))
            {
                changes.Add(new BoardOpened(board.BoardNumber, board.Name));
                continue;
            }

            if (old.Name != board.Name)
            {
                changes.Add(new BoardRenamed(board.BoardNumber, old.Name, board.Name));
            }

            if (!SameSite(old.Website, board.Website))
            {
                changes.Add(new BoardWebsiteChanged(board.BoardNumber, board.Name, old.Website, board.Website));
            }
        }

        changes.AddRange(before.Boards.Where(b => !newBoards.ContainsKey(b.BoardNumber))
            .OrderBy(b => b.BoardNumber, StringComparer.Ordinal).Select(b => new BoardClosed(b.BoardNumber, b.Name)));

        var oldSchools = before.Schools.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var newSchools = after.Schools.ToDictionary(s => s.Code, StringComparer.Ordinal);
        foreach (var school in after.Schools.OrderBy(s => s.Code, StringComparer.Ordinal))
        {
            if (!oldSchools.TryGetValue(school.Code, out var old))
            {
                changes.Add(new SchoolOpened(school.Code, school.Name));
                continue;
            }

            if (old.Name != school.Name)
            {
                changes.Add(new SchoolRenamed(school.Code, old.Name, school.Name));
            }

            if (!SameSite(old.Website, school.Website))
            {
                changes.Add(new SchoolWebsiteChanged(school.Code, school.Name, old.Website, school.Website));
            }
        }

        changes.AddRange(before.Schools.Where(s => !newSchools.ContainsKey(s.Code))
            .OrderBy(s => s.Code, StringComparer.Ordinal).Select(s => new SchoolClosed(s.Code, s.Name)));
        return new RegisterChanges(changes);
    }

    /// <summary>Same domain; for text that is no domain (or none), the same text ignoring case and spaces around it.</summary>
    private static bool SameSite(string? before, string? after)
    {
        var (a, b) = (RegisterDomains.FromWebsite(before), RegisterDomains.FromWebsite(after));
        return a is not null || b is not null
            ? a == b
            : string.Equals(before?.Trim() ?? "", after?.Trim() ?? "", StringComparison.OrdinalIgnoreCase);
    }
}
