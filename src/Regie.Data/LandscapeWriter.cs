using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Imports;
using Regie.Core.Landscape;

namespace Regie.Data;

/// <summary>Maps the core's landscape records to rows: the one way back from a snapshot to storage (imports, demo seeding).</summary>
public static class LandscapeWriter
{
    /// <summary>Adds a whole board (organisation, schools, processes, services, dependencies, local parties) to the context; the caller saves.</summary>
    public static OrganisationEntity AddLandscape(this RegieDbContext db, BoardLandscape board, IReadOnlyList<string> domains)
    {
        var org = board.Organisation.Id.Value;
        var organisation = new OrganisationEntity
        {
            Id = org,
            Name = board.Organisation.Name,
            Sectors = [.. board.Organisation.Sectors],
            Pupils = board.Organisation.Pupils,
            Staff = board.Organisation.Staff,
            IsDemo = board.Organisation.IsDemo,
            Domains = [.. domains],
        };
        db.Organisations.Add(organisation);
        db.Schools.AddRange(board.Schools.Select(s => new SchoolEntity
        {
            Id = Guid.NewGuid(),
            OrganisationId = org,
            Name = s.Name,
            Brin = s.Brin,
            Sector = s.Sector,
            Pupils = s.Pupils,
        }));
        db.Processes.AddRange(board.Processes.Select(p => p.ToEntity(org)));
        db.Services.AddRange(board.Services.Select(s => s.ToEntity(org)));
        db.Dependencies.AddRange(board.Dependencies.Select(d => d.ToEntity(org)));
        db.LocalCompanies.AddRange(board.LocalCompanies.Select(c => new LocalCompanyEntity
        {
            Id = Guid.NewGuid(),
            OrganisationId = org,
            Key = c.Id,
            Name = c.Name,
            Country = c.Country.Value,
            ParentKey = c.Parent.Value,
            Kind = c.Kind,
            Source = c.Country.Source,
        }));
        db.LocalProviders.AddRange(board.LocalProviders.Select(p => new LocalProviderEntity
        {
            Id = Guid.NewGuid(),
            OrganisationId = org,
            Key = p.Id,
            Name = p.Name.Nl, // a board's own provider has one name, the same in both languages
            CompanyKey = p.Company.Value,
            Kind = p.Kind,
        }));
        return organisation;
    }

    public static ServiceEntity ToEntity(this Service s, Guid organisationId)
    {
        var m = s.MitigationOrNone;
        return new ServiceEntity
        {
            Id = s.Id.Value,
            OrganisationId = organisationId,
            Name = s.Name,
            CatalogProductId = s.CatalogProductId,
            ProcessKeys = [.. s.ProcessIds],
            Pupils = s.Pupils,
            Staff = s.Staff,
            DataCategories = [.. s.DataCategoryIds],
            VendorId = s.VendorId,
            HostingProviderId = s.HostingProviderId,
            HostingRegion = s.HostingRegion,
            DataLocation = s.DataLocation ?? DataLocation.Unknown,
            OpenSource = s.OpenSource ?? Tri.Unknown,
            ContractEnd = s.ContractEnd,
            ExitClause = s.ExitClause,
            ExportFormats = [.. s.ExportFormatList],
            Dpia = s.Dpia,
            Kia = s.Kia,
            AnnualCost = s.AnnualCost,
            Notes = s.Notes,
            TestedExport = m.TestedExport,
            TestedExitPlan = m.TestedExitPlan,
            AlternativeIdentified = m.AlternativeIdentified,
            IndependentBackup = m.IndependentBackup,
            ExitClauseInContract = m.ExitClause,
            InHouseKnowHow = m.InHouseKnowHow,
            Overrides =
            [
                .. s.OverrideList.Select(o => new AnswerOverrideEntity
                {
                    Id = Guid.NewGuid(),
                    OrganisationId = organisationId,
                    ServiceId = s.Id.Value,
                    CriterionId = o.CriterionId,
                    Option = o.Option,
                    Reason = o.Reason,
                }),
            ],
        };
    }

    /// <summary>Copies one field of <paramref name="service"/> onto the stored row (an import's field-by-field update).</summary>
    public static void Apply(this ServiceEntity entity, ServiceField field, Service service)
    {
        switch (field)
        {
            case ServiceField.CatalogProduct: entity.CatalogProductId = service.CatalogProductId; break;
            case ServiceField.Processes: entity.ProcessKeys = [.. service.ProcessIds]; break;
            case ServiceField.Pupils: entity.Pupils = service.Pupils; break;
            case ServiceField.Staff: entity.Staff = service.Staff; break;
            case ServiceField.DataCategories: entity.DataCategories = [.. service.DataCategoryIds]; break;
            case ServiceField.Vendor: entity.VendorId = service.VendorId; break;
            case ServiceField.HostingProvider: entity.HostingProviderId = service.HostingProviderId; break;
            case ServiceField.HostingRegion: entity.HostingRegion = service.HostingRegion; break;
            case ServiceField.DataLocation: entity.DataLocation = service.DataLocation ?? DataLocation.Unknown; break;
            case ServiceField.ContractEnd: entity.ContractEnd = service.ContractEnd; break;
            case ServiceField.ExitClause: entity.ExitClause = service.ExitClause; break;
            case ServiceField.ExportFormats: entity.ExportFormats = [.. service.ExportFormatList]; break;
            case ServiceField.Dpia: entity.Dpia = service.Dpia; break;
            case ServiceField.Kia: entity.Kia = service.Kia; break;
            case ServiceField.AnnualCost: entity.AnnualCost = service.AnnualCost; break;
            case ServiceField.Notes: entity.Notes = service.Notes; break;
            default: throw new ArgumentOutOfRangeException(nameof(field));
        }
    }

    public static ProcessEntity ToEntity(this Process p, Guid organisationId) => new()
    {
        Id = Guid.NewGuid(),
        OrganisationId = organisationId,
        Key = p.Id,
        NameNl = p.Name.Nl,
        NameEn = p.Name.En,
        Kind = p.Kind,
        Criticality = p.Criticality,
        Essential = p.Essential,
        MinSeal = p.MinSeal,
        MinScore = p.MinScore,
    };

    public static DependencyEntity ToEntity(this Dependency d, Guid organisationId) => new()
    {
        Id = Guid.NewGuid(),
        OrganisationId = organisationId,
        FromServiceId = d.From.Value,
        Kind = d.Kind,
        ToServiceId = d.To.Value,
    };
}
