using Regie.Core.Scoring;
using static Regie.Core.Tests.TestWorld;

namespace Regie.Core.Tests;

public class SelfOperatedOpenSourceTests
{
    [Fact]
    public void OpenSourceRunByAnEuHostIsNotExposedThroughItsUsVendor()
    {
        var hosted = Service("Eigen", "us-open-source", ["p2"], tweak: s => s with { HostingProviderId = "nl-dc" });

        var result = BoardAssessor.Assess(Board([hosted]), World).Services.Single();

        Assert.True(result.Service.OperatedByHost);
        Assert.Empty(result.ForeignAccess);
    }

    [Fact]
    public void TheSameSoftwareAsTheVendorsSaasIsExposed()
    {
        var saas = Service("SaaS", "us-open-source", ["p2"]);

        var result = BoardAssessor.Assess(Board([saas]), World).Services.Single();

        Assert.False(result.Service.OperatedByHost);
        Assert.Equal([ForeignAccessRole.Vendor, ForeignAccessRole.Hosting], result.ForeignAccess.Select(f => f.Through));
    }
}
