using Regie.Core.Demo;
using Regie.Core.Knowledge;
using Regie.Core.Planning;

namespace Regie.Core.Tests.Planning;

/// <summary>Issue 17 point 4: an alternative is proposed only where the functions it names cover the service's.</summary>
public class AlternativesByWhatTheyReplace
{
    private static ServiceAlternatives ForTeams(DataCopy data, string alternativeYaml)
    {
        var knowledge = KnowledgeLoader.Load(data.Append("alternatives.yaml", alternativeYaml).Folder);
        var demo = DemoBoard.Create(knowledge);
        return AlternativeFinder.For(demo, knowledge, demo.Services.Single(s => s.Name == "Microsoft Teams").Id);
    }

    [Fact]
    public void AVideoHostingPlatformIsNeverOfferedForAChatAndMeetingService()
    {
        // Its own category (video calls) shares a process with Teams; what it says it replaces (a website's video) does not.
        using var data = new DataCopy();
        var found = ForTeams(data, V2Yaml.Alternative("test-videoplatform", "microsoft-teams", category: "videobellen",
            functions: "replacesFunctions: {categories: [website], processes: [website]}"));

        Assert.DoesNotContain(found.Candidates, c => c.Id == "test-videoplatform");
        Assert.IsType<OtherFunction>(found.NotProposed.Single(n => n.Target.Id == "test-videoplatform").Why);
    }

    [Fact]
    public void AnAlternativeThatNamesTheServicesCategoryIsOfferedWhateverItsOwnCategory()
    {
        using var data = new DataCopy();
        var found = ForTeams(data, V2Yaml.Alternative("test-chat", "microsoft-teams", category: "website",
            functions: "replacesFunctions: {categories: [samenwerken], processes: []}"));

        var chat = found.Candidates.Single(c => c.Id == "test-chat");
        Assert.Contains(chat.Listed, r => r is InSameCategory { Category.Nl: "Samenwerken en chat" });
    }

    [Fact]
    public void AnAlternativeThatNamesOneOfTheServicesProcessesIsOfferedForThatProcess()
    {
        using var data = new DataCopy();
        var found = ForTeams(data, V2Yaml.Alternative("test-vergaderen", "microsoft-teams", category: "website",
            functions: "replacesFunctions: {categories: [], processes: [videobellen]}"));

        var meeting = found.Candidates.Single(c => c.Id == "test-vergaderen");
        Assert.Contains(new ServesSameProcess(new("Videobellen", "Video calls")), meeting.Listed);
    }

    [Fact]
    public void AnAlternativeWithoutFunctionsOrWithUnknownIdsFailsLint()
    {
        using var data = new DataCopy()
            .Append("alternatives.yaml", V2Yaml.Alternative("test-zonder-functies", "google-drive", functions: ""))
            .Append("alternatives.yaml", V2Yaml.Alternative("test-onbekende-functies", "google-drive",
                functions: "replacesFunctions: {categories: [bestaat-niet], processes: [ook-niet]}"));

        var issues = data.LintIssues();
        Assert.Contains("alternatives.yaml: alternative 'test-zonder-functies', replacesFunctions: ontbreekt: noem de categorieën (categories.yaml) of processen (processes.yaml) die het kan vervangen", issues);
        Assert.Contains("alternatives.yaml: alternative 'test-onbekende-functies', replacesFunctions.categories: categorie 'bestaat-niet' staat niet in categories.yaml", issues);
        Assert.Contains("alternatives.yaml: alternative 'test-onbekende-functies', replacesFunctions.processes: proces 'ook-niet' staat niet in processes.yaml", issues);
    }

    [Fact]
    public void EveryShippedAlternativeNamesFunctionsThatExist()
    {
        var knowledge = ShippedData.Knowledge;
        Assert.All(knowledge.Catalog.Alternatives, a =>
        {
            Assert.NotEmpty(a.ReplacesFunctions.Categories.Concat(a.ReplacesFunctions.Processes));
            Assert.All(a.ReplacesFunctions.Categories, c => Assert.True(knowledge.Catalog.CategoryById.ContainsKey(c), $"{a.Id}: {c}"));
        });
    }
}
