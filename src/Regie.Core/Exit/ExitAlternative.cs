using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Planning;

namespace Regie.Core.Exit;

/// <summary>
/// Where an exit plan goes: an alternative's or product's id and name with its variant in both languages (null when there is
/// none), and why that one. The plan's steps and reasons carry the name as it is and are rendered in the reader's language.
/// </summary>
public sealed record ExitAlternative(string? Id, LocalizedText? Name, ScoringReason Why)
{
    /// <summary>
    /// The move the board put on the roadmap wins, so the exit plan goes where the roadmap goes. Without one, the most
    /// mature of the catalog's alternatives that serve the service's function (<see cref="SameFunction"/>).
    /// </summary>
    public static ExitAlternative Choose(BoardLandscape? board, Service service, KnowledgeCatalog catalog, RegieKnowledge knowledge, MoveTarget? onRoadmap = null)
    {
        if (onRoadmap is not null)
        {
            return new(onRoadmap.Id, onRoadmap.FullName, new AlternativeOnRoadmap(onRoadmap.FullName));
        }

        var proposed = AlternativeFinder.CatalogAlternatives(board, service, catalog, knowledge)
            .Where(a => a.Verdict.Proposed).Select(a => a.Alternative).ToList();
        var chosen = proposed.OrderByDescending(a => a.Maturity.Value).FirstOrDefault();
        return chosen is null
            ? new(null, null, new NoAlternativeInCatalog())
            : new(chosen.Id, chosen.FullName, new MostMatureAlternative(chosen.FullName, [.. proposed.Where(a => a != chosen).Select(a => a.FullName)]));
    }
}

/// <summary>The exit plan goes to what the board chose on the roadmap.</summary>
public sealed record AlternativeOnRoadmap(LocalizedText Chosen) : ScoringReason;
