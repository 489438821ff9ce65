using System.Diagnostics;
using System.Text;
using System.Xml.Linq;
using Regie.Core.Demo;
using Regie.Core.Imports;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Discovery.Imports;

namespace Regie.Discovery.Tests.Imports;

public sealed class ExchangingAnArchiMateModel
{
    private static readonly XNamespace Ns = ArchiMateWriter.Namespace;

    private static byte[] Export(BoardLandscape landscape)
    {
        using var buffer = new MemoryStream();
        ArchiMateWriter.Write(buffer, landscape, ImportBoard.Knowledge, BoardAssessor.Assess(landscape, ImportBoard.Knowledge));
        return buffer.ToArray();
    }

    private static string Fixture(string name) => Path.Combine(TestFiles.Fixtures("archimate"), name);

    /// <summary>The schema shipped in src/Regie.Discovery/Imports/ArchiMateSchema, found from the test binary upwards.</summary>
    private static string Schema(string file)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "Regie.Discovery", "Imports", "ArchiMateSchema", file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{file} not found above {AppContext.BaseDirectory}");
    }

    /// <summary>Runs Debian's xmllint (libxml2-utils; scripts/test.sh installs it) on the file against one of The Open Group's schemas.</summary>
    private static (int ExitCode, string Output) Xmllint(byte[] content, string schema)
    {
        var xmllint = new[] { "/usr/bin/xmllint", "/usr/local/bin/xmllint" }.FirstOrDefault(File.Exists);
        if (xmllint is null)
        {
            Assert.Skip("xmllint is not installed (Debian package libxml2-utils; scripts/test.sh installs it).");
        }

        var file = Path.Combine(Directory.CreateTempSubdirectory("regie-archimate-").FullName, "model.xml");
        File.WriteAllBytes(file, content);
        var start = new ProcessStartInfo(xmllint!, ["--noout", "--nonet", "--schema", Schema(schema), file]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        return (process.ExitCode, output);
    }

    [Fact]
    public async Task TheDemoBoardExportedAndImportedIntoAnEmptyBoardHasTheSameServicesAndEdges()
    {
        var demo = DemoBoard.Create(ImportBoard.Knowledge);
        using var board = await ImportBoard.CreateAsync();

        var result = await board.ImportAsync(Export(demo), "model.xml", ImportFormat.ArchiMate);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.DoesNotContain(result.Notes, n => n.Why is ArchiMateElementNotPlaced or ArchiMateProcessNotOnBoard or ArchiMateRelationshipsNotPlaced);
        var services = await board.ServicesAsync();
        Assert.Equal(demo.Services.Select(s => s.Name).Order(StringComparer.Ordinal), services.Select(s => s.Name).Order(StringComparer.Ordinal));
        var names = services.ToDictionary(s => s.Id, s => s.Name);
        var demoNames = demo.Services.ToDictionary(s => s.Id, s => s.Name);
        Assert.Equal(
            demo.Dependencies.Select(d => $"{demoNames[d.From]} {d.Kind} {demoNames[d.To]}").Order(StringComparer.Ordinal),
            (await board.DependenciesAsync()).Select(d => $"{names[d.FromServiceId]} {d.Kind} {names[d.ToServiceId]}").Order(StringComparer.Ordinal));
        var byName = services.ToDictionary(s => s.Name);
        Assert.All(demo.Services, s =>
        {
            Assert.Equal(s.CatalogProductId, byName[s.Name].CatalogProductId);
            Assert.Equal(s.ProcessIds.Order(), byName[s.Name].ProcessKeys.Order());
        });
    }

    [Fact]
    public void TheExportIsValidAgainstTheOpenGroupsSchemas()
    {
        var export = Export(DemoBoard.Create(ImportBoard.Knowledge));

        foreach (var schema in new[] { "archimate3_Model.xsd", "archimate3_Diagram.xsd" })
        {
            var (exitCode, output) = Xmllint(export, schema);
            Assert.True(exitCode == 0, $"{schema}: {output}");
            Assert.Contains("validates", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ExportingTheSameBoardTwiceGivesTheSameFile()
    {
        var demo = DemoBoard.Create(ImportBoard.Knowledge);

        Assert.Equal(Encoding.UTF8.GetString(Export(demo)), Encoding.UTF8.GetString(Export(demo with { Services = [.. demo.Services.Reverse()] })));
    }

    [Fact]
    public void ProcessesServicesVendorsAndProvidersBecomeTheirArchiMateTypes()
    {
        var demo = DemoBoard.Create(ImportBoard.Knowledge);
        var model = XDocument.Parse(Encoding.UTF8.GetString(Export(demo)));

        var types = model.Descendants(Ns + "element").GroupBy(e => (string)e.Attribute(XName.Get("type", "http://www.w3.org/2001/XMLSchema-instance"))!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(demo.Processes.Count, types["BusinessProcess"]);
        Assert.Equal(demo.Services.Count, types["ApplicationComponent"]);
        Assert.True(types["BusinessActor"] > 0 && types["Node"] > 0);
        var magister = model.Descendants(Ns + "element").Single(e => e.Element(Ns + "name")!.Value == "Magister");
        Assert.StartsWith("regie-service-", (string)magister.Attribute("identifier")!, StringComparison.Ordinal);
        var propertyNames = model.Descendants(Ns + "propertyDefinition").ToDictionary(d => (string)d.Attribute("identifier")!, d => d.Element(Ns + "name")!.Value);
        var properties = magister.Descendants(Ns + "property").ToDictionary(p => propertyNames[(string)p.Attribute("propertyDefinitionRef")!], p => p.Value);
        Assert.Equal("magister", properties["regie:catalog-id"]);
        Assert.Matches("^[0-9]+$", properties["regie:score"]);
        Assert.Matches("^[0-4]$", properties["regie:seal"]);
    }

    [Fact]
    public void AHostileNameStaysTextAndTheExportStaysValid()
    {
        var demo = DemoBoard.Create(ImportBoard.Knowledge);
        const string hostile = "<script>alert('x')</script> ]]> &amp; \u0001\u001f einde";
        var landscape = demo with { Services = [demo.Services[0] with { Name = hostile }, .. demo.Services.Skip(1)] };

        var export = Export(landscape);

        var text = Encoding.UTF8.GetString(export);
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("]]>", text, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", text, StringComparison.Ordinal);
        var names = XDocument.Parse(text).Descendants(Ns + "name").Select(n => n.Value).ToList();
        Assert.Contains("<script>alert('x')</script> ]]> &amp; \uFFFD\uFFFD einde", names);
        var (exitCode, output) = Xmllint(export, "archimate3_Diagram.xsd");
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public async Task ElementsRegieCannotPlaceAreListedWithTheirIdentifierAndLine()
    {
        using var board = await ImportBoard.CreateAsync();

        var result = await board.ImportAsync(File.ReadAllBytes(Fixture("archi-model.xml")), "archi-model.xml", ImportFormat.ArchiMate);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var notes = result.Notes.Select(n => n.ToString()).ToList();
        Assert.Contains(notes, n => n == "archi-model.xml: regel 23, element 'id-data': DataObject 'Leerlinggegevens' heeft geen plaats in Regie; niet ingelezen.");
        Assert.Contains(notes, n => n.StartsWith("archi-model.xml: regel 26, element 'id-avg': Requirement 'Voldoen aan de AVG'", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("archi-model.xml: regel 20, element 'id-kantine': het bedrijfsproces 'Kantine' is geen proces van dit bestuur", StringComparison.Ordinal));
        var services = (await board.ServicesAsync()).ToDictionary(s => s.Name);
        Assert.Equal(["Entra ID", "Magister", "Roosterprogramma van de school"], services.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("microsoft-entra-id", services["Entra ID"].CatalogProductId);
        Assert.Equal(["leerlingadministratie"], services["Magister"].ProcessKeys);
        var names = services.Values.ToDictionary(s => s.Id, s => s.Name);
        Assert.Equal(
            ["Magister SignsInThrough Entra ID", "Roosterprogramma van de school IntegratesWith Magister"],
            (await board.DependenciesAsync()).Select(d => $"{names[d.FromServiceId]} {d.Kind} {names[d.ToServiceId]}").Order(StringComparer.Ordinal));
        Assert.Single((await board.OwnPartiesAsync()).Providers, p => p.Name == "Hosting bij het eigen datacenter");
    }

    [Fact]
    public async Task MalformedXmlIsRefusedNamingTheLineAndNothingIsStored()
    {
        using var board = await ImportBoard.CreateAsync();
        const string broken = "<?xml version=\"1.0\"?>\n<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" identifier=\"m\">\n  <name>Kapot</name>\n  <elements>\n</model>\n";

        var result = await board.ImportAsync(Encoding.UTF8.GetBytes(broken), "kapot.xml", ImportFormat.ArchiMate);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("kapot.xml: dit is geen geldige XML (regel 5,", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, (await board.CountAsync()).Services);
    }

    [Fact]
    public async Task AFileThatBreaksTheSchemaIsRefusedNamingLineAndElement()
    {
        using var board = await ImportBoard.CreateAsync();
        var model = File.ReadAllText(Fixture("archi-model.xml")).Replace("xsi:type=\"Requirement\"", "xsi:type=\"Banaan\"", StringComparison.Ordinal);

        var result = await board.ImportAsync(Encoding.UTF8.GetBytes(model), "model.xml", ImportFormat.ArchiMate);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors.Select(e => e.ToString()), e => e.StartsWith("model.xml: regel 26, element 'id-avg': het bestand volgt het schema van The Open Group niet", StringComparison.Ordinal));
        Assert.Equal(0, (await board.CountAsync()).Services);
    }

    [Fact]
    public async Task ADtdIsNeverRead()
    {
        using var board = await ImportBoard.CreateAsync();
        const string model = "<?xml version=\"1.0\"?>\n<!DOCTYPE model [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" identifier=\"m\"><name>&x;</name></model>";

        var result = await board.ImportAsync(Encoding.UTF8.GetBytes(model), "dtd.xml", ImportFormat.ArchiMate);

        Assert.StartsWith("dtd.xml: dit is geen geldige XML (regel 2,", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomethingOtherThanAnArchiMateModelIsRefused()
    {
        using var board = await ImportBoard.CreateAsync();

        var result = await board.ImportAsync(Encoding.UTF8.GetBytes("<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"/>"), "bom.xml", ImportFormat.ArchiMate);

        Assert.StartsWith("bom.xml: dit is geen ArchiMate-uitwisselingsbestand: het begint met <bom", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
    }
}
