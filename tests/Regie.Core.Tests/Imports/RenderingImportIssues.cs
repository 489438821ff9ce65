using Regie.Core.Explaining;
using Regie.Core.Imports;

namespace Regie.Core.Tests.Imports;

public class RenderingImportIssues
{
    [Fact]
    public void ALineNamesTheFileRowAndColumnInTheReadersLanguage()
    {
        var issue = ImportIssue.AtRow("kapot.csv", 4, "leerlingen", new NotANumber("veel"));

        Assert.Equal("kapot.csv: Rij 4, kolom 'leerlingen': 'veel' is geen getal.", ReasonText.Render(issue, ReasonText.Dutch));
        Assert.Equal("kapot.csv: Row 4, column 'leerlingen': 'veel' is not a number.", ReasonText.Render(issue, ReasonText.English));
        Assert.Equal(ReasonText.Render(issue, ReasonText.Dutch), issue.ToString());
    }

    [Fact]
    public void AJsonProblemNamesItsPath()
    {
        var issue = ImportIssue.AtPath("sbom.json", "$.services[2].data[0]", new WrongJsonType(JsonShape.Object, JsonShape.Text));

        Assert.Equal("sbom.json: $.services[2].data[0]: verwacht een object, maar gevonden: tekst.", ReasonText.Render(issue, ReasonText.Dutch));
        Assert.Equal("sbom.json: $.services[2].data[0]: expected an object, but found: text.", ReasonText.Render(issue, ReasonText.English));
    }

    [Fact]
    public void AProblemOfTheWholeFileHasNoPlace()
    {
        var issue = ImportIssue.AtRow("leeg.csv", null, null, new FileEmpty());

        Assert.Equal("leeg.csv: het bestand is leeg: er staat geen kopregel met kolomnamen in.", ReasonText.Render(issue, ReasonText.Dutch));
        Assert.Equal("leeg.csv: the file is empty: it has no header row with column names.", ReasonText.Render(issue, ReasonText.English));
    }

    [Fact]
    public void ScoresInADaafMessageFollowTheReadersCulture()
    {
        var differs = new DaafScoreDiffers(7.5, null);

        Assert.StartsWith("de score in het bestand (7,5) wijkt af van de DAAF-berekening (geen (onvolledig)).", ReasonText.Render(differs, ReasonText.Dutch));
        Assert.StartsWith("the score in the file (7.5) differs from DAAF's calculation (none (incomplete)).", ReasonText.Render(differs, ReasonText.English));
    }

    [Fact]
    public void TheApiDocumentCarriesTheCodeAndTheArguments()
    {
        var document = ReasonDocument.From(new MergedWithEarlierRow("Magister", 2, "rij 2"), ReasonText.English);

        Assert.Equal("mergedWithEarlierRow", document.Code);
        Assert.Equal("Magister", document.Args["service"]);
        Assert.Equal(2, document.Args["firstRow"]);
        Assert.Equal("same service as row 2 ('Magister'); merged, this row does not change the service.", document.Text);
    }
}
