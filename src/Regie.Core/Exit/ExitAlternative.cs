using Regie.Core.Catalog;
using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Planning;

namespace Regie.Core.Exit;

/// <summary>Where an exit plan goes: an alternative's or product's id and name with its variant (null when there is none), and why that one.</summary>
public sealed record ExitAlternative(string? Id, string? Name, ScoringReason Why)
{
    /// <summary>
    /// The move the board put on the roadmap wins, so the exit plan goes where the roadmap goes. Without one, the most
    /// mature of the catalog's alternatives that serve the service's function (<see cref="SameFunction"/>). Names carry their
    /// variant in <paramref name="language"/>, the reader's, as the plan's text is rendered in it.
    /// </summary>
    public static ExitAlternative Choose(BoardLandscape? board, Service service, KnowledgeCatalog catalog, RegieKnowledge knowledge, MoveTarget? onRoadmap = null, string language = "nl")
    {
        if (onRoadmap is not null)
        {
            var name = onRoadmap.NameIn(language);
            return new(onRoadmap.Id, name, new AlternativeOnRoadmap(name));
        }

        var proposed = AlternativeFinder.CatalogAlternatives(board, service, catalog, knowledge)
            .Where(a => a.Verdict.Proposed).Select(a => a.Alternative).ToList();
        var chosen = proposed.OrderByDescending(a => a.Maturity.Value).FirstOrDefault();
        return chosen is null
            ? new(null, null, new NoAlternativeInCatalog())
            : new(chosen.Id, chosen.NameIn(language), new MostMatureAlternative(chosen.NameIn(language), [.. proposed.Where(a => a != chosen).Select(a => a.NameIn(language))]));
    }
}

/// <summary>The exit plan goes to what the board chose on the roadmap.</summary>
public sealed record AlternativeOnRoadmap(string Chosen) : ScoringReason;
