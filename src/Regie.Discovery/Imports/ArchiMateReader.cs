using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Imports;
using Regie.Core.Landscape;
using Regie.Core.Matching;

namespace Regie.Discovery.Imports;

/// <summary>
/// An ArchiMate Model Exchange File (The Open Group, 3.x): checked whole against the exchange-format schema first (a file
/// that breaks it is refused, naming line and element), then ApplicationComponents become services (matched through the
/// catalog matcher, or by Regie's regie:catalog-id), BusinessProcesses join the board's processes by name, and relationships
/// become processes, vendors, hosting providers and edges where docs/ARCHIMATE.md says they can. Every element Regie has no
/// place for is listed with its identifier and line. The XML is read without a DTD and without resolving anything outside
/// the file.
/// </summary>
internal static class ArchiMateReader
{
    public const string CatalogIdProperty = "regie:catalog-id";
    public const string DataLocationProperty = "regie:data-location";
    public const string ProcessIdProperty = "regie:process-id";
    public const string LinkProperty = "regie:link";
    public const string SignsInThrough = "signs-in-through", HostedOn = "hosted-on", IntegratesWith = "integrates-with";

    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private const int MostSchemaErrors = 20;
    private static readonly XNamespace Ns = ArchiMateWriter.Namespace;
    private static readonly Lazy<XmlSchemaSet> Schema = new(LoadSchema);

    private sealed record Concept(string Id, string Type, string Name, int Line, Dictionary<string, string> Properties);

    private sealed record Relation(string Id, string Type, string Source, string Target, int Line, Dictionary<string, string> Properties);

    public static string DataLocationName(DataLocation location) => location switch
    {
        DataLocation.EuOnly => "eu-only",
        DataLocation.EuDefault => "eu-default",
        DataLocation.OutsideEu => "outside-eu",
        _ => "unknown",
    };

    private static DataLocation? DataLocationOf(string? name) => name switch
    {
        "eu-only" => DataLocation.EuOnly,
        "eu-default" => DataLocation.EuDefault,
        "outside-eu" => DataLocation.OutsideEu,
        _ => null,
    };

    public static ImportPlan Read(Stream stream, string fileName, Recogniser recogniser, BoardLandscape landscape)
    {
        var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        var errors = Validate(bytes, fileName);
        if (errors.Count > 0)
        {
            return ImportPlan.Failed(ImportFormat.ArchiMate, errors);
        }

        bytes.Position = 0;
        XDocument document;
        using (var reader = XmlReader.Create(bytes, SafeSettings()))
        {
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }

        var definitions = document.Root!.Element(Ns + "propertyDefinitions")?.Elements(Ns + "propertyDefinition")
            .ToDictionary(d => (string)d.Attribute("identifier")!, NameOf, StringComparer.Ordinal) ?? [];
        var elements = (document.Root.Element(Ns + "elements")?.Elements(Ns + "element") ?? [])
            .Select(e => new Concept((string)e.Attribute("identifier")!, TypeOf(e), NameOf(e), Line(e), PropertiesOf(e, definitions))).ToList();
        var relations = (document.Root.Element(Ns + "relationships")?.Elements(Ns + "relationship") ?? [])
            .Select(r => new Relation((string)r.Attribute("identifier")!, TypeOf(r), (string)r.Attribute("source")!, (string)r.Attribute("target")!, Line(r), PropertiesOf(r, definitions)))
            .ToList();
        if (elements.Count + relations.Count > ImportLimits.MaxRows)
        {
            return ImportPlan.Failed(ImportFormat.ArchiMate, [ImportIssue.AtRow(fileName, null, null, new TooManyRows(ImportLimits.MaxRows))]);
        }

        return Plan(fileName, recogniser, landscape, elements, relations);
    }

    private static ImportPlan Plan(string fileName, Recogniser recogniser, BoardLandscape landscape, List<Concept> elements, List<Relation> relations)
    {
        var errors = new List<ImportIssue>();
        var notes = new List<ImportIssue>();
        var byId = elements.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);

        var processes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in elements.Where(e => e.Type == "BusinessProcess"))
        {
            if (BoardProcess(landscape, element) is { } process)
            {
                processes[element.Id] = process.Id;
                placed.Add(element.Id);
            }
        }

        var components = elements.Where(e => e.Type == "ApplicationComponent").ToList();
        var services = new Dictionary<string, Service>(StringComparer.Ordinal);
        var confidence = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var component in components)
        {
            if (Recogniser.NameProblem(component.Name) is not null)
            {
                errors.Add(ImportIssue.AtRow(fileName, null, null, new ArchiMateNameRefused(component.Id, component.Line, Recogniser.LongestName)));
                continue;
            }

            MatchResult? match = null;
            if (component.Properties.GetValueOrDefault(CatalogIdProperty) is { } catalogId)
            {
                if (recogniser.Product(catalogId) is { } product)
                {
                    match = new MatchResult(component.Name, product.Id, product.Name, null, 1.0, MatchMethod.ExactAlias);
                }
                else
                {
                    notes.Add(ImportIssue.AtPath(fileName, component.Id, new CatalogIdNotFound(catalogId)));
                }
            }

            match ??= recogniser.Match(component.Name);
            var facts = recogniser.Product(match.CatalogId);
            var location = DataLocationOf(component.Properties.GetValueOrDefault(DataLocationProperty));
            services[component.Id] = recogniser.NewService(component.Name, match.CatalogId) with
            {
                DataLocation = location == facts?.DataLocation.Value ? null : location,
            };
            confidence[component.Id] = match.IsMatch ? match.Confidence : null;
            placed.Add(component.Id);
        }

        var parties = new OwnParties(fileName, recogniser, notes);
        var edges = new List<ImportEdge>();
        var processIds = services.Keys.ToDictionary(k => k, _ => new List<string>(), StringComparer.Ordinal);
        var notPlaced = 0;
        foreach (var relation in relations)
        {
            var source = byId.GetValueOrDefault(relation.Source);
            var target = byId.GetValueOrDefault(relation.Target);
            var link = relation.Properties.GetValueOrDefault(LinkProperty);
            var used = (relation.Type, source?.Type, target?.Type) switch
            {
                ("Serving", "ApplicationComponent", "BusinessProcess") when services.ContainsKey(relation.Source) && processes.TryGetValue(relation.Target, out var process) =>
                    Add(processIds[relation.Source], process),
                ("Serving", "ApplicationComponent", "ApplicationComponent") when Both(services, relation) =>
                    Edge(edges, relation, relation.Target, link switch
                    {
                        SignsInThrough => DependencyKind.SignsInThrough,
                        IntegratesWith => DependencyKind.IntegratesWith,
                        _ => recogniser.Product(services[relation.Source].CatalogProductId)?.IdentityProvider == true ? DependencyKind.SignsInThrough : DependencyKind.IntegratesWith,
                    }, relation.Source),
                ("Flow" or "Triggering", "ApplicationComponent", "ApplicationComponent") when Both(services, relation) =>
                    Edge(edges, relation, relation.Source, DependencyKind.IntegratesWith, relation.Target),
                ("Realization", "ApplicationComponent", "ApplicationComponent") when Both(services, relation) =>
                    Edge(edges, relation, relation.Target, DependencyKind.HostedOn, relation.Source),
                ("Realization" or "Serving", "Node", "ApplicationComponent") when services.ContainsKey(relation.Target) =>
                    Party(services, relation.Target, OwnPartyKind.HostingProvider, parties.Resolve(OwnPartyKind.HostingProvider, source!), placed, source!),
                ("Association", "BusinessActor", "ApplicationComponent") when services.ContainsKey(relation.Target) =>
                    Party(services, relation.Target, OwnPartyKind.Company, parties.Resolve(OwnPartyKind.Company, source!), placed, source!),
                ("Association", "ApplicationComponent", "BusinessActor") when services.ContainsKey(relation.Source) =>
                    Party(services, relation.Source, OwnPartyKind.Company, parties.Resolve(OwnPartyKind.Company, target!), placed, target!),
                _ => false,
            };
            if (!used)
            {
                notPlaced++;
            }
        }

        notPlaced -= Owners(relations, byId, placed);
        foreach (var element in elements.Where(e => !placed.Contains(e.Id)))
        {
            notes.Add(ImportIssue.AtRow(fileName, null, null, element.Type == "BusinessProcess"
                ? new ArchiMateProcessNotOnBoard(element.Id, element.Name, element.Line)
                : new ArchiMateElementNotPlaced(element.Id, element.Type, element.Name, element.Line)));
        }

        if (notPlaced > 0)
        {
            notes.Add(ImportIssue.AtRow(fileName, null, null, new ArchiMateRelationshipsNotPlaced(notPlaced)));
        }

        var candidates = components.Where(c => services.ContainsKey(c.Id)).Select(c =>
        {
            var service = services[c.Id];
            var product = recogniser.Product(service.CatalogProductId);
            var ownProcesses = processIds[c.Id].Count > 0 ? processIds[c.Id] : [.. service.ProcessIds];
            service = service with
            {
                ProcessIds = ownProcesses,
                // Facts the catalog already gives stay with the catalog, so a later catalog correction still reaches this service.
                VendorId = service.VendorId == product?.Vendor.Value ? null : service.VendorId,
                HostingProviderId = service.HostingProviderId == product?.HostingProvider.Value ? null : service.HostingProviderId,
            };
            return new ImportCandidate(c.Id, "archimate-element", c.Name, service, confidence[c.Id], c.Id);
        }).ToList();
        return new(ImportFormat.ArchiMate, candidates, edges, errors, notes) { NewParties = parties.Added };
    }

    /// <summary>
    /// The parents of placed vendors and the owners of placed hosting providers (Regie's own export writes them): understood
    /// as the ownership the catalog keeps, so neither they nor their relationships are listed as not placed. Returns how many
    /// relationships that were.
    /// </summary>
    private static int Owners(List<Relation> relations, Dictionary<string, Concept> byId, HashSet<string> placed)
    {
        var owning = relations.Where(r => byId.GetValueOrDefault(r.Source)?.Type == "BusinessActor" && byId.GetValueOrDefault(r.Target)?.Type is "BusinessActor" or "Node"
            && (r.Type is "Aggregation" or "Composition" || (r.Type == "Association" && byId[r.Target].Type == "Node"))).ToList();
        var understood = new HashSet<Relation>();
        for (var grown = true; grown;)
        {
            grown = false;
            foreach (var relation in owning.Where(r => placed.Contains(r.Target) && !understood.Contains(r)))
            {
                understood.Add(relation);
                placed.Add(relation.Source);
                grown = true;
            }
        }

        return understood.Count;
    }

    private static Process? BoardProcess(BoardLandscape landscape, Concept element)
    {
        var id = element.Properties.GetValueOrDefault(ProcessIdProperty);
        var key = TextKey.Of(element.Name);
        return landscape.Processes.FirstOrDefault(p => p.Id == id)
            ?? landscape.Processes.FirstOrDefault(p => TextKey.Of(p.Name.Nl) == key || TextKey.Of(p.Name.En) == key || p.Id == element.Name.Trim());
    }

    private static bool Both(Dictionary<string, Service> services, Relation relation) =>
        services.ContainsKey(relation.Source) && services.ContainsKey(relation.Target) && relation.Source != relation.Target;

    private static bool Add(List<string> processes, string process)
    {
        if (!processes.Contains(process))
        {
            processes.Add(process);
        }

        return true;
    }

    private static bool Edge(List<ImportEdge> edges, Relation relation, string from, DependencyKind kind, string to)
    {
        edges.Add(new(relation.Id, from, kind, to));
        return true;
    }

    private static bool Party(Dictionary<string, Service> services, string component, OwnPartyKind kind, string? partyId, HashSet<string> placed, Concept party)
    {
        if (partyId is null)
        {
            return false;
        }

        placed.Add(party.Id);
        services[component] = kind == OwnPartyKind.Company ? services[component] with { VendorId = partyId } : services[component] with { HostingProviderId = partyId };
        return true;
    }

    /// <summary>Vendors and hosting providers the catalog lacks become the board's own parties, as with the inventory.</summary>
    private sealed class OwnParties(string fileName, Recogniser recogniser, List<ImportIssue> notes)
    {
        private readonly Dictionary<(OwnPartyKind, string), string> added = [];

        public List<ImportParty> Added { get; } = [];

        public string? Resolve(OwnPartyKind kind, Concept element)
        {
            if ((kind == OwnPartyKind.Company ? recogniser.CompanyId(element.Name) : recogniser.ProviderId(element.Name)) is { } known)
            {
                return known;
            }

            var key = PartyKey.Of(element.Name);
            if (key is null || key is Company.NoParent or "unknown" or "onbekend" || Recogniser.NameProblem(element.Name) is not null)
            {
                return null;
            }

            if (added.TryAdd((kind, key), element.Name))
            {
                Added.Add(new(kind, key, element.Name.Trim(), element.Id));
                notes.Add(ImportIssue.AtPath(fileName, element.Id, kind == OwnPartyKind.Company
                    ? new VendorAddedAsOwnParty(element.Name.Trim())
                    : new HostingProviderAddedAsOwnParty(element.Name.Trim())));
            }

            return key;
        }
    }

    /// <summary>
    /// The whole file against the schema, before anything is read from it: a broken file is refused, naming the line and the
    /// identifier of the element or relationship it breaks in (the nearest one around the place).
    /// </summary>
    private static List<ImportIssue> Validate(MemoryStream bytes, string fileName)
    {
        var errors = new List<ImportIssue>();
        var settings = SafeSettings();
        settings.ValidationType = ValidationType.Schema;
        settings.Schemas = Schema.Value;
        var pending = new List<(int Line, string Detail)>();
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
            {
                pending.Add((e.Exception.LineNumber, e.Message));
            }
        };

        var scope = new Stack<string?>();
        void Flush(string? id)
        {
            foreach (var (line, detail) in pending.Take(MostSchemaErrors - errors.Count))
            {
                errors.Add(ImportIssue.AtRow(fileName, null, null, new NotValidArchiMate(line, id, detail)));
            }

            pending.Clear();
        }

        bytes.Position = 0;
        using var reader = XmlReader.Create(bytes, settings);
        try
        {
            var first = true;
            while (errors.Count < MostSchemaErrors && reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    if (first && (reader.LocalName != "model" || reader.NamespaceURI != ArchiMateWriter.Namespace))
                    {
                        var root = reader.NamespaceURI.Length > 0 ? $"{reader.LocalName} xmlns=\"{reader.NamespaceURI}\"" : reader.LocalName;
                        return [ImportIssue.AtRow(fileName, null, null, new NotAnArchiMateModel(root))];
                    }

                    first = false;
                    var id = reader.GetAttribute("identifier") ?? (scope.Count > 0 ? scope.Peek() : null);
                    Flush(id);
                    if (!reader.IsEmptyElement)
                    {
                        scope.Push(id);
                    }
                }
                else if (reader.NodeType == XmlNodeType.EndElement)
                {
                    Flush(scope.Count > 0 ? scope.Pop() : null);
                }
                else
                {
                    Flush(scope.Count > 0 ? scope.Peek() : null);
                }
            }

            Flush(null);
            if (first && errors.Count == 0)
            {
                errors.Add(ImportIssue.AtRow(fileName, null, null, new NotXml(1, 1)));
            }
        }
        catch (XmlException e)
        {
            // A refused DTD comes without a position: name the line of its <!DOCTYPE.
            var (line, position) = e.LineNumber > 0 ? (e.LineNumber, e.LinePosition) : DoctypeAt(bytes.ToArray());
            errors.Add(ImportIssue.AtRow(fileName, null, null, new NotXml(Math.Max(line, 1), Math.Max(position, 1))));
        }

        return errors;
    }

    private static (int Line, int Position) DoctypeAt(byte[] bytes)
    {
        var at = bytes.AsSpan().IndexOf("<!DOCTYPE"u8);
        if (at < 0)
        {
            return (1, 1);
        }

        var before = bytes.AsSpan(0, at);
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (before.Count((byte)'\n') + 1, at - lineStart + 1);
    }

    private static XmlReaderSettings SafeSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreWhitespace = true,
    };

    private static string TypeOf(XElement element)
    {
        var type = (string?)element.Attribute(XName.Get("type", Xsi)) ?? "";
        return type.Contains(':', StringComparison.Ordinal) ? type[(type.IndexOf(':', StringComparison.Ordinal) + 1)..] : type;
    }

    /// <summary>The Dutch name when the file has one, else the first; empty when there is none.</summary>
    private static string NameOf(XElement element)
    {
        var names = element.Elements(Ns + "name").ToList();
        var name = names.FirstOrDefault(n => ((string?)n.Attribute(XNamespace.Xml + "lang"))?.StartsWith("nl", StringComparison.OrdinalIgnoreCase) == true) ?? names.FirstOrDefault();
        return name?.Value.Trim() ?? "";
    }

    private static Dictionary<string, string> PropertiesOf(XElement element, Dictionary<string, string> definitions)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in element.Element(Ns + "properties")?.Elements(Ns + "property") ?? [])
        {
            if (definitions.GetValueOrDefault((string?)property.Attribute("propertyDefinitionRef") ?? "") is { } name && property.Element(Ns + "value") is { } value)
            {
                properties.TryAdd(name, value.Value.Trim());
            }
        }

        return properties;
    }

    private static int Line(XElement element) => ((IXmlLineInfo)element).HasLineInfo() ? ((IXmlLineInfo)element).LineNumber : 0;

    private static XmlSchemaSet LoadSchema()
    {
        var set = new XmlSchemaSet { XmlResolver = new EmbeddedSchemas() };
        using var main = EmbeddedSchemas.Open("archimate3_Diagram.xsd");
        using var reader = XmlReader.Create(main, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }, EmbeddedSchemas.Base + "archimate3_Diagram.xsd");
        set.Add(ArchiMateWriter.Namespace, reader);
        set.Compile();
        return set;
    }

    /// <summary>The schema's includes and imports come from this assembly, never from the network (ArchiMateSchema/README.md).</summary>
    private sealed class EmbeddedSchemas : XmlResolver
    {
        public const string Base = "regie-archimate:///";
        private static readonly ConcurrentDictionary<string, byte[]> Files = new(StringComparer.Ordinal);

        public static Stream Open(string name) => new MemoryStream(Files.GetOrAdd(name, Load), writable: false);

        private static byte[] Load(string name)
        {
            using var stream = typeof(EmbeddedSchemas).Assembly.GetManifestResourceStream("Regie.ArchiMate." + name)
                ?? throw new InvalidOperationException($"The ArchiMate schema file {name} is not embedded in Regie.Discovery.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn) =>
            Open(Path.GetFileName(absoluteUri.AbsolutePath));
    }
}
