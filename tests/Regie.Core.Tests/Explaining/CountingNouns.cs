using System.Globalization;
using Regie.Core.Explaining;
using Regie.Core.Planning;
using Regie.Core.Scenarios;
using Regie.Core.Scoring;

namespace Regie.Core.Tests.Explaining;

/// <summary>"1 dienst", "2 diensten", "0 diensten": one is singular in Dutch and English, every other count plural.</summary>
public class CountingNouns
{
    [Theory]
    [InlineData(0, "0 diensten")]
    [InlineData(1, "1 dienst")]
    [InlineData(2, "2 diensten")]
    [InlineData(1.5, "1,5 diensten")]
    public void OneIsSingularEveryOtherCountPlural(double count, string expected) =>
        Assert.Equal(expected, Plural.Count(count, "dienst", "diensten", CultureInfo.GetCultureInfo("nl-NL")));

    [Fact]
    public void ReasonsAboutOneServiceSaySoInTheSingular()
    {
        Assert.Equal("1 andere dienst hangt ervan af (3).", ReasonText.Render(new ServicesDependOn(1, 3), ReasonText.Dutch));
        Assert.Equal("2 andere diensten hangen ervan af (3).", ReasonText.Render(new ServicesDependOn(2, 3), ReasonText.Dutch));
        Assert.Equal("1 other service depends on it (3).", ReasonText.Render(new ServicesDependOn(1, 3), ReasonText.English));
        Assert.Equal("1 dienst logt in via of draait op deze dienst: opnieuw koppelen en testen.", ReasonText.Render(new ReconnectDependants(1), ReasonText.Dutch));
        Assert.Equal("3 services sign in through or run on this service: each to be reconnected and tested.", ReasonText.Render(new ReconnectDependants(3), ReasonText.English));
        Assert.StartsWith("1 dienst zonder bekende leverancier of hostingpartij: die kan ook", ReasonText.Render(new ServicesWithoutParty(1), ReasonText.Dutch));
    }

    [Fact]
    public void NoReasonWritesAPluralInBrackets()
    {
        var rendered = new Reason[] { new ServicesDependOn(1, 3), new ReconnectDependants(1), new CheckIntegrations(1), new MoveData(1), new ServicesWithoutParty(1), new SubProcessorsUnknown(1) }
            .SelectMany(r => new[] { ReasonText.Render(r, ReasonText.Dutch), ReasonText.Render(r, ReasonText.English) });

        Assert.All(rendered, text => Assert.DoesNotMatch(@"\((en|s)\)", text));
    }
}
