using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;

namespace Regie.Bench;

/// <summary>
/// A synthetic sector: boards with realistic shares of Microsoft, Google and Dutch vendors. Shares follow the 2021
/// figures quoted in ../shared/reference/sovereignty-frameworks.md §4 (O365 ~80 %, Google Workspace 32–45 %,
/// Chromebooks in 60 % of primary schools); the rest are drawn from the catalog. Seeded, so every run is the same.
/// </summary>
public static class SyntheticSector
{
    public static IReadOnlyList<BoardLandscape> Create(RegieKnowledge knowledge, int boards, int servicesPerBoard, int seed = 2026)
    {
        var random = new Random(seed);
        var products = knowledge.Catalog.Products;
        var microsoft = products.Where(p => p.Id is "exchange-online" or "onedrive" or "sharepoint-online" or "microsoft-teams" or "microsoft-intune" or "microsoft-copilot-chat").ToArray();
        var google = products.Where(p => p.Id is "google-drive" or "google-classroom" or "google-admin-chrome-education" or "google-gemini-education").ToArray();
        var others = products.Where(p => !p.IdentityProvider && !microsoft.Contains(p) && !google.Contains(p)).ToArray();
        var result = new List<BoardLandscape>(boards);
        for (var b = 0; b < boards; b++)
        {
            var pupils = random.Next(500, 30_000);
            var services = new List<Service>(servicesPerBoard);
            var deps = new List<Dependency>();
            ServiceId Add(Product product, int n)
            {
                var id = new ServiceId(new Guid(random.Next(), (short)b, (short)n, [1, 2, 3, 4, 5, 6, 7, 8]));
                var processes = product.Processes.Count > 0 ? product.Processes : ["lesgeven"];
                services.Add(new Service(id, $"{product.Name} {n}", product.Id, processes, random.Next(0, pupils), random.Next(0, pupils / 10),
                    ["leerlinggegevens", "accountgegevens"], Mitigation: random.NextDouble() < 0.2 ? new Mitigation(Check.Yes, Check.Partly) : null));
                return id;
            }

            var usesMicrosoft = random.NextDouble() < 0.8;
            var usesGoogle = random.NextDouble() < 0.4;
            var entra = usesMicrosoft ? Add(knowledge.Catalog.ProductById["microsoft-entra-id"], 0) : (ServiceId?)null;
            var googleId = usesGoogle ? Add(knowledge.Catalog.ProductById["google-accounts"], 1) : (ServiceId?)null;
            for (var n = services.Count; n < servicesPerBoard; n++)
            {
                var roll = random.NextDouble();
                var product = roll < 0.25 && usesMicrosoft ? microsoft[random.Next(microsoft.Length)]
                    : roll < 0.35 && usesGoogle ? google[random.Next(google.Length)]
                    : others[random.Next(others.Length)];
                var id = Add(product, n);
                var signIn = random.NextDouble() < 0.6 ? entra ?? googleId : googleId ?? entra;
                if (signIn is { } idp)
                {
                    deps.Add(new Dependency(id, DependencyKind.SignsInThrough, idp));
                }

                if (n > 2 && random.NextDouble() < 0.1)
                {
                    deps.Add(new Dependency(id, DependencyKind.IntegratesWith, services[random.Next(2, n)].Id));
                }
            }

            var organisation = new Organisation(new OrganisationId(new Guid(b, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1])), $"Bestuur {b}", [Sector.Po], pupils, pupils / 12, false);
            result.Add(new BoardLandscape(organisation, [], knowledge.ProcessTemplates, services, deps, [], []));
        }

        return result;
    }
}
