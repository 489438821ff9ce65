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
    int EffectiveMinSeal, int EffectiveMinScore, IReadOnlyList<Guid> Services);

public sealed record ProcessUpdate(int Criticality, bool Essential, int? MinSeal, int? MinScore);

public sealed record WeightProfileInput(string? Profile);
