using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Graph;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Dashboard;

public sealed record OrganisationDto(
    Guid Id, string Name, bool IsDemo, IReadOnlyList<Sector> Sectors, int Pupils, int Staff, string WeightProfile, IReadOnlyList<string> Domains);

public static class OrganisationMapping
{
    public static OrganisationDto ToDto(this OrganisationEntity o, string profile) =>
        new(o.Id, o.Name, o.IsDemo, o.Sectors, o.Pupils, o.Staff, profile, o.Domains);
}
