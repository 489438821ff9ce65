using System.Globalization;
using System.Text.RegularExpressions;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using static Regie.Core.Knowledge.Loading.KnowledgeFiles;

namespace Regie.Core.Knowledge.Loading;

/// <summary>
/// Converting: the raw DTOs of <see cref="KnowledgeFiles"/> turned into the catalog and model types, with a problem for
/// each value that does not fit its field (a fact without a source, a criticality outside 1–5, an unknown kind).
/// </summary>
internal static partial class KnowledgeConverter
{
    internal static List<Process> ConvertProcesses(ProcessesFile file, List<DataIssue> issues)
    {
        var result = new List<Process>();
        foreach (var (p, i) in file.Processes.Select((p, i) => (p, i)))
        {
            var place = $"process {i + 1} '{p.Id}'";
            CheckSlug("processes.yaml", place, p.Id, issues);
            if (p.Criticality is < 1 or > 5)
            {
                issues.Add(new("processes.yaml", place + ", criticality", $"moet 1–5 zijn, is {p.Criticality}"));
            }

            var kind = p.Kind switch
            {
                "primary" => ProcessKind.Primary,
                "secondary" => ProcessKind.Secondary,
                _ => Fail(ProcessKind.Primary, "processes.yaml", place + ", kind", $"'{p.Kind}' is geen primary of secondary", issues),
            };
            result.Add(new Process(p.Id ?? "", Text(p.Name), kind, p.Criticality, p.Essential));
        }

        return result;
    }

    internal static List<DataCategory> ConvertDataCategories(DataCategoriesFile file, List<DataIssue> issues)
    {
        foreach (var d in file.DataCategories.Where(d => d.Level is < 1 or > 5))
        {
            issues.Add(new("data-categories.yaml", $"category '{d.Id}', level", $"moet 1–5 zijn, is {d.Level}"));
        }

        return [.. file.DataCategories.Select(d => new DataCategory(d.Id ?? "", Text(d.Name), d.Level)
        {
            Subjects = Subjects("data-categories.yaml", $"category '{d.Id}', subjects", d.Subjects, issues),
        })];
    }

    /// <summary>The data subjects processes.yaml names per process, for the processing register.</summary>
    internal static Dictionary<string, IReadOnlyList<Privacy.DataSubject>> ConvertProcessSubjects(ProcessesFile file, List<DataIssue> issues) =>
        file.Processes.Where(p => p.Subjects is { Count: > 0 } && p.Id is not null)
            .ToDictionary(p => p.Id!, p => Subjects("processes.yaml", $"process '{p.Id}', subjects", p.Subjects, issues), StringComparer.OrdinalIgnoreCase);

    private static IReadOnlyList<Privacy.DataSubject> Subjects(string file, string place, List<string>? keys, List<DataIssue> issues)
    {
        var subjects = new List<Privacy.DataSubject>();
        foreach (var key in keys ?? [])
        {
            if (Privacy.RegisterKeys.Subject(key) is { } subject)
            {
                subjects.Add(subject);
            }
            else
            {
                issues.Add(new(file, place, $"'{key}' is geen categorie betrokkenen ({string.Join(", ", Privacy.RegisterKeys.AllSubjects.Select(Privacy.RegisterKeys.Key))})"));
            }
        }

        return subjects;
    }

    internal static SovereigntyModel ConvertModel(ModelFile file, List<DataIssue> issues)
    {
        const string f = "models/sovereignty-model.yaml";
        var objectives = file.Objectives.Select(o => new Objective(o.Id ?? "", Text(o.Name))).ToList();
        var objectiveIds = objectives.Select(o => o.Id).ToHashSet();
        var profiles = new List<WeightProfile>();
        foreach (var p in file.WeightProfiles)
        {
            var sum = p.Weights.Values.Sum();
            if (Math.Abs(sum - 100) > 0.001)
            {
                issues.Add(new(f, $"weightProfile '{p.Id}'", $"gewichten tellen op tot {sum}, niet 100"));
            }

            foreach (var missing in objectiveIds.Where(o => !p.Weights.ContainsKey(o)))
            {
                issues.Add(new(f, $"weightProfile '{p.Id}'", $"geen gewicht voor {missing}"));
            }

            profiles.Add(new WeightProfile(p.Id ?? "", Text(p.Name), p.Source ?? "", p.Weights));
        }

        if (profiles.All(p => p.Id != file.DefaultProfile))
        {
            issues.Add(new(f, "defaultProfile", $"profiel '{file.DefaultProfile}' bestaat niet"));
        }

        var criteria = new List<Criterion>();
        foreach (var c in file.Criteria)
        {
            var place = $"criterion '{c.Id}'";
            if (!objectiveIds.Contains(c.Objective ?? ""))
            {
                issues.Add(new(f, place + ", objective", $"doel '{c.Objective}' bestaat niet"));
            }

            if (c.Options.Count < 2)
            {
                issues.Add(new(f, place + ", options", "minstens twee antwoorden nodig"));
            }

            foreach (var bad in c.Options.Where(o => o.Seal is < 0 or > 4))
            {
                issues.Add(new(f, place + ", options", $"SEAL {bad.Seal} ligt niet tussen 0 en 4"));
            }

            if (c.Prefill is { } rule && !KnowledgeLoader.PrefillRules.Contains(rule))
            {
                issues.Add(new(f, place + ", prefill", $"onbekende regel '{rule}'"));
            }

            criteria.Add(new Criterion(c.Id ?? "", c.Objective ?? "", Text(c.Question), c.Prefill, [.. c.Options.Select(o => new CriterionOption(o.Seal, Text(o.Label)))]));
        }

        foreach (var duplicate in criteria.GroupBy(c => c.Id).Where(g => g.Count() > 1))
        {
            issues.Add(new(f, $"criterion '{duplicate.Key}'", "komt meer dan eens voor"));
        }

        var edges = new HashSet<DependencyKind>();
        foreach (var edge in file.Inheritance.Edges)
        {
            switch (edge)
            {
                case "hosted-on": edges.Add(DependencyKind.HostedOn); break;
                case "signs-in-through": edges.Add(DependencyKind.SignsInThrough); break;
                case "integrates-with": edges.Add(DependencyKind.IntegratesWith); break;
                default: issues.Add(new(f, "inheritance.edges", $"onbekend soort afhankelijkheid '{edge}'")); break;
            }
        }

        var u = file.Urgency;
        var urgency = new UrgencySettings(
            u.CriticalityWeights.GetValueOrDefault("impact", 3), u.CriticalityWeights.GetValueOrDefault("data", 3),
            u.CriticalityWeights.GetValueOrDefault("coupling", 2), u.CouplingThresholds, u.ExposureFloor, u.MaxMitigation,
            [.. u.Bands.Select(b => new UrgencyBand(b.Id ?? "", b.From)).OrderBy(b => b.From)]);
        if (urgency.Bands.Count == 0 || urgency.CouplingThresholds.Count != 4)
        {
            issues.Add(new(f, "urgency", "bands en vier couplingThresholds zijn verplicht"));
        }

        return new SovereigntyModel(
            file.Version ?? "", file.DefaultProfile ?? "", objectives, profiles, criteria,
            new InheritanceRule(edges, file.Inheritance.Objectives.ToHashSet()),
            new PolicyThreshold(file.Policy.Essential.MinSeal, file.Policy.Essential.MinScore), urgency);
    }

    internal static List<Country> ConvertCountries(CountriesFile file, List<DataIssue> issues)
    {
        var result = new List<Country>();
        foreach (var c in file.Countries)
        {
            var place = $"country '{c.Code}'";
            if (c.Code is null || !CountryCode().IsMatch(c.Code))
            {
                issues.Add(new("countries.yaml", place + ", code", "moet een ISO-landcode van twee hoofdletters zijn"));
            }

            if (string.IsNullOrWhiteSpace(c.Source))
            {
                issues.Add(new("countries.yaml", place + ", source", "bron ontbreekt"));
            }

            var law = ParseTri(c.ExtraterritorialAccessLaw, "countries.yaml", place + ", extraterritorialAccessLaw", issues);
            var lawNote = c.LawNote switch
            {
                null => null,
                { Languages: { } note } => BothLanguages(note, "countries.yaml", place + ", lawNote", issues),
                _ => Fail<LocalizedText?>(null, "countries.yaml", place + ", lawNote", "schrijf de toelichting in het Nederlands en het Engels: {nl: \"…\", en: \"…\"}", issues),
            };
            result.Add(new Country(c.Code ?? "", Text(c.Name), c.Eu, c.Eea, law, lawNote, c.Source ?? "",
                ParseDate(c.Checked, "countries.yaml", place + ", checked", issues)));
        }

        return result;
    }

    internal static List<Company> ConvertCompanies(CompaniesFile file, string fileName, List<DataIssue> issues)
    {
        var result = new List<Company>();
        foreach (var c in file.Companies)
        {
            var place = $"company '{c.Id}'";
            CheckSlug(fileName, place, c.Id, issues);
            var kind = c.Kind switch
            {
                "commercial" or null => CompanyKind.Commercial,
                "foundation" => CompanyKind.Foundation,
                "public" => CompanyKind.Public,
                "cooperative" => CompanyKind.Cooperative,
                "private-equity" => CompanyKind.PrivateEquity,
                _ => Fail(CompanyKind.Commercial, fileName, place + ", kind", $"onbekende soort '{c.Kind}'", issues),
            };
            result.Add(new Company(
                c.Id ?? "", c.Name ?? "",
                ConvertFact(c.Country, AsIs, fileName, place + ", country", issues),
                ConvertFact(c.Parent, AsIs, fileName, place + ", parent", issues), kind));
        }

        return result;
    }

    internal static List<HostingProvider> ConvertProviders(ProvidersFile file, List<DataIssue> issues)
    {
        var result = new List<HostingProvider>();
        foreach (var p in file.Providers)
        {
            var place = $"provider '{p.Id}'";
            CheckSlug("providers.yaml", place, p.Id, issues);
            var kind = p.Kind switch
            {
                "hyperscaler" => ProviderKind.Hyperscaler,
                "cloud" => ProviderKind.Cloud,
                "datacenter" => ProviderKind.Datacenter,
                "sector" => ProviderKind.Sector,
                "self-hosted" => ProviderKind.SelfHosted,
                _ => Fail(ProviderKind.Cloud, "providers.yaml", place + ", kind", $"onbekende soort '{p.Kind}'", issues),
            };
            var name = p.Name switch
            {
                { Languages: { } both } => BothLanguages(both, "providers.yaml", place + ", name", issues),
                { Scalar: { } proper } when !string.IsNullOrWhiteSpace(proper) => LocalizedText.Same(proper),
                _ => Fail(LocalizedText.Same(""), "providers.yaml", place + ", name", "naam ontbreekt", issues),
            };
            result.Add(new HostingProvider(p.Id ?? "", name, ConvertFact(p.Company, AsIs, "providers.yaml", place + ", company", issues), kind)
            {
                Variant = p.Variant is null ? null : BothLanguages(p.Variant, "providers.yaml", place + ", variant", issues),
                FormerNames = p.FormerNames,
            });
        }

        return result;
    }

    internal static List<Category> ConvertCategories(CategoriesFile file, List<DataIssue> issues)
    {
        foreach (var c in file.Categories)
        {
            CheckSlug("categories.yaml", $"category '{c.Id}'", c.Id, issues);
        }

        return [.. file.Categories.Select(c => new Category(c.Id ?? "", Text(c.Name), c.Processes))];
    }

    internal static List<Product> ConvertProducts(ProductsFile file, List<DataIssue> issues)
    {
        var result = new List<Product>();
        foreach (var p in file.Products)
        {
            var place = $"product '{p.Id}'";
            CheckSlug("products.yaml", place, p.Id, issues);
            if (string.IsNullOrWhiteSpace(p.Name))
            {
                issues.Add(new("products.yaml", place + ", name", "naam ontbreekt"));
            }

            var answers = new Dictionary<string, Fact<int>>();
            foreach (var (criterion, fact) in p.Answers)
            {
                answers[criterion] = ConvertFact(fact, s => (int.TryParse(s, out var v), v), "products.yaml", $"{place}, answers.{criterion}", issues);
            }

            result.Add(new Product(
                p.Id ?? "", p.Name ?? "", p.Aliases, p.Category ?? "", p.Processes,
                ConvertFact(p.Vendor, AsIs, "products.yaml", place + ", vendor", issues),
                ConvertFact(p.HostingProvider, AsIs, "products.yaml", place + ", hostingProvider", issues),
                ConvertTextFact(p.HostingRegion, PlainText.VendorsWordsOnly, "products.yaml", place + ", hostingRegion", issues),
                ConvertFact(p.DataLocation, s => KnowledgeLoader.ParseDataLocation(s) is { } l ? (true, l) : (false, DataLocation.Unknown), "products.yaml", place + ", dataLocation", issues),
                ConvertFact(p.OpenSource, ParseKnownTri, "products.yaml", place + ", openSource", issues),
                p.IdentityProvider, p.PartOf, answers)
            {
                Variant = p.Variant is null ? null : BothLanguages(p.Variant, "products.yaml", place + ", variant", issues),
                SubProcessors = ConvertListFact(p.SubProcessors, "products.yaml", place + ", subProcessors", issues),
                AiFeatures = p.AiFeatures is null ? Fact<LocalizedText>.Unknown()
                    : ConvertTextFact(p.AiFeatures, PlainText.VendorsWordsOnly, "products.yaml", place + ", aiFeatures", issues, Product.NoAiFeatures),
                AiModelProvider = ConvertOptionalFact(p.AiModelProvider, AsIs, "products.yaml", place + ", aiModelProvider", issues),
                Standards = ConvertListFact(p.Standards, "products.yaml", place + ", standards", issues),
                PrivacyCovenant = ConvertOptionalFact(p.PrivacyCovenant, ParseKnownTri, "products.yaml", place + ", privacyCovenant", issues),
                EduV = ConvertOptionalFact(p.EduV, ParseKnownTri, "products.yaml", place + ", eduV", issues),
                PupilSectors = ConvertListFact(p.PupilSectors, ParsePupilSector, "products.yaml", place + ", pupilSectors", issues, required: false),
            });
        }

        return result;
    }

    internal static List<Standard> ConvertStandards(StandardsFile file, List<DataIssue> issues)
    {
        var result = new List<Standard>();
        foreach (var s in file.Standards)
        {
            var place = $"standard '{s.Id}'";
            CheckSlug("standards.yaml", place, s.Id, issues);
            var kind = s.Kind switch
            {
                "data" => StandardKind.Data,
                "sign-in" => StandardKind.SignIn,
                "content" => StandardKind.Content,
                "exchange" => StandardKind.Exchange,
                "identifier" => StandardKind.Identifier,
                _ => Fail(StandardKind.Data, "standards.yaml", place + ", kind", $"'{s.Kind}' is geen data, sign-in, content, exchange of identifier", issues),
            };
            foreach (var (field, text) in new[] { ("name", s.Name), ("owner", s.Owner) }.Where(f => string.IsNullOrWhiteSpace(f.Item2)))
            {
                issues.Add(new("standards.yaml", $"{place}, {field}", "ontbreekt"));
            }

            if (!Uri.TryCreate(s.Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            {
                issues.Add(new("standards.yaml", place + ", url", "moet een http(s)-adres zijn"));
            }

            result.Add(new Standard(s.Id ?? "", s.Name ?? "", kind, s.Owner ?? "", s.Url ?? ""));
        }

        return result;
    }

    internal static List<Alternative> ConvertAlternatives(AlternativesFile file, List<DataIssue> issues)
    {
        const string f = "alternatives.yaml";
        var result = new List<Alternative>();
        foreach (var a in file.Alternatives)
        {
            var place = $"alternative '{a.Id}'";
            CheckSlug(f, place, a.Id, issues);
            if (string.IsNullOrWhiteSpace(a.Name))
            {
                issues.Add(new(f, place + ", name", "naam ontbreekt"));
            }

            if (a.Caveats is null)
            {
                issues.Add(new(f, place + ", caveats", "ontbreekt (schrijf in het Nederlands en Engels waar een school op moet letten)"));
            }

            if (a.Replaces.Count == 0)
            {
                issues.Add(new(f, place + ", replaces", "noem minstens één product uit products.yaml"));
            }

            if (a.ReplacesFunctions is null || a.ReplacesFunctions.Categories.Count + a.ReplacesFunctions.Processes.Count == 0)
            {
                issues.Add(new(f, place + ", replacesFunctions", "ontbreekt: noem de categorieën (categories.yaml) of processen (processes.yaml) die het kan vervangen"));
            }

            result.Add(new Alternative(
                a.Id ?? "", a.Name ?? "", a.Product, a.Replaces, a.Category ?? "",
                ConvertTextFact(a.Licence, PlainText.LicenceExpression, f, place + ", licence", issues),
                ConvertFact(a.Vendor, AsIs, f, place + ", vendor", issues),
                ConvertListFact(a.HostingOptions, ParseHostingOption, f, place + ", hostingOptions", issues, required: true),
                ConvertListFact(a.Standards, AsIs, f, place + ", standards", issues, required: true),
                ConvertFact(a.Maturity, ParseMaturity, f, place + ", maturity", issues),
                ConvertTextFact(a.DutchEducationUse, PlainText.VendorsWordsOnly, f, place + ", dutchEducationUse", issues),
                a.Caveats is null ? new("", "") : BothLanguages(a.Caveats, f, place + ", caveats", issues),
                ConvertTextFact(a.ExitTerms, PlainText.VendorsWordsOnly, f, place + ", exitTerms", issues))
            {
                Variant = a.Variant is null ? null : BothLanguages(a.Variant, f, place + ", variant", issues),
                ReplacesFunctions = a.ReplacesFunctions is { } functions ? new(functions.Categories, functions.Processes) : ReplacedFunctions.None,
            });
        }

        return result;
    }

    internal static (bool, HostingOption) ParseHostingOption(string text) => text switch
    {
        "eu-saas" => (true, HostingOption.EuSaas),
        "sector" => (true, HostingOption.Sector),
        "self-hosted" => (true, HostingOption.SelfHosted),
        _ => (false, HostingOption.SelfHosted),
    };

    internal static (bool, string) ParsePupilSector(string text) => (PupilSector.All.Contains(text), text);

    internal static (bool, Maturity) ParseMaturity(string text) => text switch
    {
        "established" => (true, Maturity.Established),
        "usable" => (true, Maturity.Usable),
        "pilot" => (true, Maturity.Pilot),
        _ => (false, Maturity.Unknown),
    };

    /// <summary>An optional fact: absent means unknown, present follows every rule of <see cref="ConvertFact"/>.</summary>
    internal static Fact<T> ConvertOptionalFact<T>(FactDto? dto, Func<string, (bool Ok, T Value)> parse, string file, string place, List<DataIssue> issues) =>
        dto is null ? Fact<T>.Unknown() : ConvertFact(dto, parse, file, place, issues);

    internal static Fact<IReadOnlyList<string>> ConvertListFact(FactDto? dto, string file, string place, List<DataIssue> issues) =>
        ConvertListFact(dto, AsIs, file, place, issues, required: false);

    /// <summary>A list fact (`values:`): the same rules as a single fact; `values: []` with a source is a known "none".</summary>
    internal static Fact<IReadOnlyList<T>> ConvertListFact<T>(
        FactDto? dto, Func<string, (bool Ok, T Value)> parse, string file, string place, List<DataIssue> issues, bool required)
    {
        if (dto is null)
        {
            if (required)
            {
                issues.Add(new(file, place, "feit ontbreekt (schrijf value: unknown als het onbekend is)"));
            }

            return Fact<IReadOnlyList<T>>.Unknown();
        }

        var confidence = ParseConfidence(dto.Confidence, file, place, issues);
        var checkedOn = ParseDate(dto.Checked, file, place + ".checked", issues);
        if (dto.Values is null)
        {
            if (dto.Value is { IsUnknown: false })
            {
                issues.Add(new(file, place + ".values", $"een lijstfeit heeft values: [..], geen value: '{dto.Value}'"));
            }
            else
            {
                CheckUnknown(confidence, file, place, issues);
            }

            return new Fact<IReadOnlyList<T>>(default, dto.Source, checkedOn, Confidence.Unknown);
        }

        CheckKnown(dto, confidence, file, place, issues);
        var values = new List<T>();
        foreach (var text in dto.Values)
        {
            var (ok, value) = parse(text);
            if (ok)
            {
                values.Add(value);
            }
            else
            {
                issues.Add(new(file, place + ".values", $"'{text}' is geen geldige waarde"));
            }
        }

        return new Fact<IReadOnlyList<T>>(values, dto.Source, checkedOn, confidence);
    }

    internal static Confidence ParseConfidence(string? text, string file, string place, List<DataIssue> issues) => text switch
    {
        "confirmed" => Confidence.Confirmed,
        "secondary" => Confidence.Secondary,
        "stated" => Confidence.StatedByVendor,
        "unknown" => Confidence.Unknown,
        _ => Fail(Confidence.Unknown, file, place + ".confidence", $"'{text}' is geen confirmed, secondary, stated of unknown", issues),
    };

    /// <summary>A confidence as the data files write it.</summary>
    internal static string ConfidenceWord(Confidence confidence) => confidence == Confidence.StatedByVendor ? "stated" : confidence.ToString().ToLowerInvariant();

    internal static void CheckKnown(FactDto dto, Confidence confidence, string file, string place, List<DataIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(dto.Source))
        {
            issues.Add(new(file, place + ".source", "bron ontbreekt bij een bekend feit"));
        }

        if (confidence == Confidence.Unknown)
        {
            issues.Add(new(file, place + ".confidence", "een bekende waarde kan niet confidence: unknown hebben"));
        }
    }

    /// <summary>Confidence says how sure the value is; for "not found" the only honest word is unknown (SCHEMA.md).</summary>
    internal static void CheckUnknown(Confidence confidence, string file, string place, List<DataIssue> issues)
    {
        if (confidence != Confidence.Unknown)
        {
            issues.Add(new(file, place + ".confidence", $"een onbekende waarde heeft confidence: unknown, niet {ConfidenceWord(confidence)}"));
        }
    }

    internal static (bool, string) AsIs(string text) => (true, text);

    internal static (bool, Tri) ParseKnownTri(string text) => TriText.Parse(text) is var t && t != Tri.Unknown ? (true, t) : (false, Tri.Unknown);

    /// <summary>Turns a YAML fact into a typed one; a known value needs a source, every fact a checked date.</summary>
    internal static Fact<T> ConvertFact<T>(FactDto? dto, Func<string, (bool Ok, T Value)> parse, string file, string place, List<DataIssue> issues)
    {
        if (dto is null)
        {
            issues.Add(new(file, place, "feit ontbreekt (schrijf value: unknown als het onbekend is)"));
            return Fact<T>.Unknown();
        }

        var confidence = ParseConfidence(dto.Confidence, file, place, issues);
        var checkedOn = ParseDate(dto.Checked, file, place + ".checked", issues);
        if (dto.Values is not null)
        {
            issues.Add(new(file, place + ".value", "dit feit heeft één value:, geen values: [..]"));
        }

        if (dto.Value is null or { IsUnknown: true })
        {
            CheckUnknown(confidence, file, place, issues);
            return new Fact<T>(default, dto.Source, checkedOn, Confidence.Unknown);
        }

        CheckKnown(dto, confidence, file, place, issues);

        if (dto.Value.Scalar is not { } scalar)
        {
            issues.Add(new(file, place + ".value", "dit feit heeft één waarde voor beide talen, geen {nl: …, en: …}"));
            return new Fact<T>(default, dto.Source, checkedOn, Confidence.Unknown);
        }

        var (ok, value) = parse(scalar);
        if (!ok)
        {
            issues.Add(new(file, place + ".value", $"'{dto.Value}' is geen geldige waarde"));
            return new Fact<T>(default, dto.Source, checkedOn, Confidence.Unknown);
        }

        return new Fact<T>(value, dto.Source, checkedOn, confidence);
    }

    /// <summary>Which plain (one-language) text a text fact may hold instead of <c>{nl: …, en: …}</c>.</summary>
    internal enum PlainText
    {
        /// <summary>Only a vendor's own answer (confidence stated): its words, quoted as they are.</summary>
        VendorsWordsOnly,

        /// <summary>Also a licence's SPDX id or expression ("AGPL-3.0", "MPL-2.0 OR LGPL-3.0"), or "proprietary".</summary>
        LicenceExpression,
    }

    /// <summary>
    /// A fact whose value is text the pages show: Regie's own words come as <c>{nl: …, en: …}</c>, so a Dutch page never shows
    /// an English sentence; a plain text is only what <paramref name="plain"/> allows, and reads the same in both languages.
    /// </summary>
    internal static Fact<LocalizedText> ConvertTextFact(FactDto? dto, PlainText plain, string file, string place, List<DataIssue> issues,
        params string[] keywords)
    {
        if (dto?.Value?.Languages is not { } languages)
        {
            var fact = ConvertFact(dto, AsIs, file, place, issues);
            if (fact is { IsKnown: true, Value: { } text } && fact.Confidence != Confidence.StatedByVendor && !keywords.Contains(text))
            {
                if (plain == PlainText.VendorsWordsOnly)
                {
                    issues.Add(new(file, place + ".value",
                        "schrijf deze tekst in het Nederlands en het Engels: value: {nl: \"…\", en: \"…\"} (alleen het antwoord van een leverancier, confidence: stated, staat er in zijn eigen woorden)"));
                }
                else if (!LicenceExpression().IsMatch(text))
                {
                    issues.Add(new(file, place + ".value",
                        $"'{text}' is geen SPDX-licentie (zoals AGPL-3.0 of MPL-2.0 OR LGPL-3.0) en geen proprietary; schrijf een beschrijving in het Nederlands en het Engels: value: {{nl: \"…\", en: \"…\"}}"));
                }
            }

            return new Fact<LocalizedText>(fact.Value is { } value ? LocalizedText.Same(value) : null, fact.Source, fact.Checked, fact.Confidence);
        }

        var confidence = ParseConfidence(dto.Confidence, file, place, issues);
        CheckKnown(dto, confidence, file, place, issues);
        return new Fact<LocalizedText>(BothLanguages(languages, file, place + ".value", issues), dto.Source,
            ParseDate(dto.Checked, file, place + ".checked", issues), confidence);
    }

    internal static DateOnly? ParseDate(string? text, string file, string place, List<DataIssue> issues)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        issues.Add(new(file, place, text is null ? "datum ontbreekt" : $"'{text}' is geen datum (JJJJ-MM-DD)"));
        return null;
    }

    internal static Tri ParseTri(string? text, string file, string place, List<DataIssue> issues) =>
        TriText.TryParseStrict(text, out var value) ? value : Fail(Tri.Unknown, file, place, $"'{text}' is geen yes, no of unknown", issues);

    internal static void CheckSlug(string file, string place, string? id, List<DataIssue> issues)
    {
        if (id is null || !Slug().IsMatch(id))
        {
            issues.Add(new(file, place + ", id", "id moet bestaan uit kleine letters, cijfers en streepjes"));
        }
    }

    internal static T Fail<T>(T fallback, string file, string place, string message, List<DataIssue> issues)
    {
        issues.Add(new(file, place, message));
        return fallback;
    }

    /// <summary>
    /// A text the pages show as it is, so it must come in both languages: one missing would put the other language's text
    /// on its pages.
    /// </summary>
    internal static LocalizedText BothLanguages(Dictionary<string, string> text, string file, string place, List<DataIssue> issues)
    {
        foreach (var language in new[] { "nl", "en" }.Where(l => string.IsNullOrWhiteSpace(text.GetValueOrDefault(l))))
        {
            issues.Add(new(file, $"{place}.{language}", "ontbreekt; deze tekst staat er in het Nederlands en in het Engels"));
        }

        return Text(text);
    }

    internal static LocalizedText Text(Dictionary<string, string>? text) =>
        new(text?.GetValueOrDefault("nl") ?? text?.GetValueOrDefault("en") ?? "", text?.GetValueOrDefault("en") ?? text?.GetValueOrDefault("nl") ?? "");

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    internal static partial Regex Slug();

    /// <summary>An SPDX licence id or expression: ids joined by AND, OR or WITH, perhaps in brackets.</summary>
    [GeneratedRegex(@"^\(?[A-Za-z0-9.+-]+\)?( (AND|OR|WITH) \(?[A-Za-z0-9.+-]+\)?)*$")]
    internal static partial Regex LicenceExpression();

    [GeneratedRegex("^[A-Z]{2}$")]
    internal static partial Regex CountryCode();
}
