using Regie.Core.Matching;

namespace Regie.Core.Tests.Matching;

public sealed class SayingWhenUnsure
{
    [Fact]
    public void SchoolwiseSsoDoesNotJoinGoogleAccounts()
    {
        var result = LabelledNames.Matcher.Match("Schoolwise SSO");

        Assert.Equal(MatchResult.NoMatch("Schoolwise SSO"), result);
    }

    [Fact]
    public void TheBoardsOwnEntraAppsDoNotJoinMicrosoftEntraId()
    {
        var results = Enumerable.Range(1, 100).Select(i => LabelledNames.Matcher.Match($"Entra Eigen App {i:000}")).ToList();

        Assert.All(results, r => Assert.Equal((false, false), (r.IsMatch, r.IsUnsure)));
    }

    [Fact]
    public void TeamsRoosterkoppelingIsUnsureAboutTeamsAndDoesNotBecomeIt()
    {
        var result = LabelledNames.Matcher.Match("Teams Roosterkoppeling");

        Assert.Equal((null, MatchMethod.Unsure), (result.CatalogId, result.Method));
        Assert.False(result.IsMatch);
        Assert.Equal(("microsoft-teams", "Microsoft Teams"), (result.Candidate!.CatalogId, result.Candidate.ProductName));
        Assert.InRange(result.Candidate.Score, LabelledNames.Matcher.Threshold, 1);
    }

    [Fact]
    public void TeamsAloneIsStillTeams() =>
        Assert.Equal("microsoft-teams", LabelledNames.Matcher.Match("Teams").CatalogId);

    [Theory]
    [InlineData("App")]
    [InlineData("Koppeling")]
    [InlineData("SSO")]
    [InlineData("Eigen")]
    [InlineData("Portaal")]
    [InlineData("Netwerkschijf")]
    [InlineData("Ouderportaal")]
    [InlineData("SSO koppeling")]
    [InlineData("Eigen portaal app")]
    [InlineData("Mail")]
    [InlineData("Schoolwise Portaal")]
    [InlineData("Kluis SSO")]
    public void GenericWordsAloneNeverMakeAMatch(string input)
    {
        var result = LabelledNames.Matcher.Match(input);

        Assert.Equal((false, false), (result.IsMatch, result.IsUnsure));
    }

    [Fact]
    public void NoGenericWordOnItsOwnMatchesOrIsUnsure() =>
        Assert.All(NameNormaliser.GenericWords, word =>
        {
            var result = LabelledNames.Matcher.Match(word);
            Assert.True(!result.IsMatch && !result.IsUnsure, $"{word}: {result.Method} {result.CatalogId ?? result.Candidate?.CatalogId}");
        });

    [Fact]
    public void AWeakFuzzyMatchIsUnsureWithItsCandidateAndScore()
    {
        var result = LabelledNames.Matcher.Match("Teams vergaderingen");

        Assert.Equal(MatchMethod.Unsure, result.Method);
        Assert.Null(result.CatalogId);
        Assert.Equal("microsoft-teams", result.Candidate!.CatalogId);
        Assert.InRange(result.Candidate.Score, LabelledNames.Matcher.Threshold, CatalogMatcher.SureThreshold - 0.001);
    }

    [Theory]
    [InlineData("Magister SSO", "magister")]
    [InlineData("Somtoday koppeling", "somtoday")]
    [InlineData("Moodle plugin", "moodle")]
    public void ANameThatLinksToAProductIsUnsureEvenWhenItsWordsFitWell(string input, string candidate)
    {
        var result = LabelledNames.Matcher.Match(input);

        Assert.Equal((false, candidate), (result.IsMatch, result.Candidate?.CatalogId));
    }

    [Fact]
    public void AnUnknownAddressThatOnlyResemblesAProductIsUnsure()
    {
        var result = LabelledNames.Matcher.Match("whiteboard.fi");

        Assert.Equal((false, "microsoft-whiteboard"), (result.IsMatch, result.Candidate?.CatalogId));
    }

    [Theory]
    [InlineData("Micrsoft Teams", "microsoft-teams")]
    [InlineData("Google Drvie", "google-drive")]
    [InlineData("Magister (Iddink)", "magister")]
    public void AConfidentFuzzyMatchStillJoins(string input, string expected)
    {
        var result = LabelledNames.Matcher.Match(input);

        Assert.Equal((expected, MatchMethod.Fuzzy), (result.CatalogId, result.Method));
        Assert.True(result.Confidence >= CatalogMatcher.SureThreshold);
    }
}
