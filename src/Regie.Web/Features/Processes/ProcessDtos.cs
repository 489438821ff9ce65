using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Graph;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Processes;

public sealed record ProcessDto(
    string Key, string Name, string NameEn, ProcessKind Kind, int Criticality, bool Essential, int? MinSeal, int? MinScore,
    int EffectiveMinSeal, int EffectiveMinScore, IReadOnlyList<Guid> Services, string? Version = null);

/// <summary>A change of one process; <paramref name="Version"/> is the version it was made from (null: not checked).</summary>
public sealed record ProcessUpdate(int Criticality, bool Essential, int? MinSeal, int? MinScore, string? Version = null);

/// <summary>What a change came to: no such process, refused with the errors of its fields, refused as stale, or saved.</summary>
public sealed record ProcessSaving(bool Found, Dictionary<string, string[]> Errors, bool Stale = false)
{
    public bool Saved => Found && Errors.Count == 0 && !Stale;
}

/// <summary>The weight profile to use; <paramref name="Version"/> is the version read (GET weight-profile), null when not checked.</summary>
public sealed record WeightProfileInput(string? Profile, string? Version = null);

/// <summary>The board's weight profile as stored (null: the model's default) and the one its scores use, with its version.</summary>
public sealed record WeightProfileDto(string? Stored, string InUse, string Version);

/// <summary>What a choice of weight profile came to: refused (no such profile), refused as stale, or saved.</summary>
public sealed record ProfileSaving(bool Known, bool Stale = false);
