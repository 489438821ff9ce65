namespace Regie.Core.Observatory;

/// <summary>A count per essential process (by the shared process list's id), e.g. the boards on which it rests on a party.</summary>
public sealed record ProcessCount(string ProcessId, Disclosed<int> Boards);

/// <summary>
/// One party in a cell: how many boards rely on it, and the pupils, staff and essential processes that rest on it, in all and
/// directly, as counts and as shares of the cell's totals. A share is published only when its count and the total are.
/// </summary>
public sealed record PartyPicture(
    PartyKind Kind, string Id, string Name,
    Disclosed<int> Boards,
    Disclosed<int> Pupils, Disclosed<double> PupilShare,
    Disclosed<int> PupilsDirect, Disclosed<double> PupilShareDirect,
    Disclosed<int> Staff, Disclosed<double> StaffShare,
    Disclosed<int> StaffDirect, Disclosed<double> StaffShareDirect,
    Disclosed<int> CriticalProcesses, Disclosed<double> CriticalProcessShare,
    Disclosed<int> CriticalProcessesDirect, Disclosed<double> CriticalProcessShareDirect,
    IReadOnlyList<ProcessCount> Processes);

/// <summary>Services per SEAL level (0–4) over the cell's boards, as proven and if every unknown were answered at best.</summary>
public sealed record SealPicture(Disclosed<int> Services, IReadOnlyList<Disclosed<int>> Proven, IReadOnlyList<Disclosed<int>> Optimistic);

/// <summary>"Als Microsoft onbeschikbaar werd": the boards hit, the pupils at least, and per essential process the boards where it stops or is disrupted.</summary>
public sealed record ScenarioPicture(
    Scenarios.TargetKind Kind, string TargetId, string TargetName, Disclosed<int> Boards, Disclosed<int> PupilsAtLeast, IReadOnlyList<ProcessCount> Processes)
{
    /// <summary>The sentence, when boards and pupils are published: target, boards, pupils and the processes published for it.</summary>
    public SectorScenarioHeadline? Headline =>
        Boards is Published<int> b && PupilsAtLeast is Published<int> p
            ? new SectorScenarioHeadline(TargetName, b.Value, p.Value, [.. Processes.Where(x => x.Boards.IsPublished).Select(x => x.ProcessId)])
            : null;
}

/// <summary>The sector's concentration over one kind of party, with the share of essential processes that rests on no known party of that kind.</summary>
public sealed record ConcentrationPicture(PartyKind Kind, Disclosed<double> Hhi, Disclosed<double> UnattributedShare);

/// <summary>The sector picture of one cell (capability 12, issue 15 point 4): every figure through the disclosure rule.</summary>
public sealed record SectorPicture(
    CellKey Cell,
    int K,
    Disclosed<int> Boards,
    Disclosed<int> Pupils,
    Disclosed<int> Staff,
    Disclosed<int> Schools,
    IReadOnlyList<PartyPicture> Parties,
    SealPicture Seals,
    IReadOnlyList<ScenarioPicture> Scenarios,
    IReadOnlyList<ConcentrationPicture> Concentration)
{
    public CellName Name => Cell.Name;
}
