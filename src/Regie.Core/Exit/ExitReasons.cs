using Regie.Core.Common;
using Regie.Core.Explaining;

namespace Regie.Core.Exit;

// Regie's proposed steps and exit-clause advice, rendered in Explaining/ReasonText.Exit.cs. Users are counted as the
// service records them; an unknown count or alternative is null and rendered as such.

/// <summary>Take stock of the data in the service, who uses it and what depends on it.</summary>
public sealed record TakeStockStep(string Service, IReadOnlyList<LocalizedText> Data, int? Pupils, int? Staff) : ExitReason;

/// <summary>Export all data in the known formats and check it reads in the alternative.</summary>
public sealed record ExportAndTestStep(IReadOnlyList<string> Formats, LocalizedText? Alternative) : ExitReason;

public sealed record SetUpAlternativeStep(LocalizedText? Alternative) : ExitReason;

public sealed record MoveUsersStep(int? Pupils, int? Staff) : ExitReason;

/// <summary>Give notice before the notice period starts; the contract's end when it is known.</summary>
public sealed record GiveNoticeStep(DateOnly? ContractEnd) : ExitReason;

/// <summary>Have the vendor delete all data, backups included, and declare so in writing.</summary>
public sealed record HaveDataDeletedStep : ExitReason;

/// <summary>The contract has an exit clause: fill in its article and the hand-over agreements.</summary>
public sealed record CompleteTheExitClause : ExitReason;

/// <summary>The contract has no exit clause: agree on export, hand-over and deletion at renewal.</summary>
public sealed record AgreeAnExitClause : ExitReason;
