using Regie.Core.Common;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using static Regie.Core.Tests.TestWorld;

namespace Regie.Core.Tests;

public class UrgencyTests
{
    [Fact]
    public void UrgencyIsCriticalityTimesRiskWithEveryFactorExplained()
    {
        // App signs in through a US idp: score 40 (see InheritanceTests), exposure 1 − 0.40 = 0.60, no mitigation.
        // K = round((3·5 + 3·4 + 2·1) / 8) = round(3.625) = 4; R = 1 + 4 · 0.60 · (1 − 0.7 · 0) = 3.4; U = 13.6 → hoog.
        var app = Service("App", "eu-app", ["p1"], tweak: s => s with
        {
            DataCategories = ["leerlinggegevens"],
            OpenSource = Tri.Yes,
            Overrides = [new AnswerOverride("A.open", 1, "ok")],
        });
        var idp = Service("Idp", "us-idp", ["p2"]);

        var result = BoardAssessor.Assess(Board([app, idp], new Dependency(app.Id, DependencyKind.SignsInThrough, idp.Id)), World).For(app.Id)!;

        Assert.Equal(4, result.Criticality.Value);
        Assert.Equal(5, result.Criticality.Impact.Value);
        Assert.Equal(4, result.Criticality.Data.Value);
        Assert.Equal(1, result.Criticality.Coupling.Value);
        Assert.Equal(0.6, result.Risk.Exposure, 6);
        Assert.Equal(3.4, result.Risk.Value, 6);
        Assert.Equal(13.6, result.Urgency.Value, 6);
        Assert.Equal("hoog", result.Urgency.Band);
        Assert.Equal(new UrgencyFormula(4, result.Risk.Value, result.Urgency.Value), result.Urgency.Calculation);
    }

    [Fact]
    public void IdentityProviderGetsFullCoupling()
    {
        var app = Service("App", "eu-app", ["p2"]);
        var idp = Service("Idp", "us-idp", ["p2"]);

        var result = BoardAssessor.Assess(Board([app, idp], new Dependency(app.Id, DependencyKind.SignsInThrough, idp.Id)), World).For(idp.Id)!;

        Assert.Equal(5, result.Criticality.Coupling.Value);
    }

    [Fact]
    public void ForeignAccessRaisesExposureToTheFloorAndMitigationLowersRisk()
    {
        // Own answers best (score 100) but hosted on a US cloud: exposure floored from 0 to 0.6.
        // All six checks yes: M = 1 ⇒ R = 1 + 4 · 0.6 · (1 − 0.7) = 1.72.
        var service = Service("App", "eu-app-on-us", ["p2"], tweak: s => s with
        {
            OpenSource = Tri.Yes,
            Overrides = [new AnswerOverride("A.open", 1, "ok")],
            Mitigation = new Mitigation(Check.Yes, Check.Yes, Check.Yes, Check.Yes, Check.Yes, Check.Yes),
        });

        var result = BoardAssessor.Assess(Board([service]), World).Services.Single();

        Assert.True(result.Risk.ExposureFloored);
        Assert.Equal(0.6, result.Risk.Exposure, 6);
        Assert.Equal(1.72, result.Risk.Value, 6);
    }

    [Fact]
    public void EssentialServiceFailingThePolicyIsAtLeastHigh()
    {
        // K = round((3·5 + 3·1 + 2·1)/8) = round(2.5) = 3; R = 1 + 4·0.7·1 = 3.8; U = 11.4 → middel, raised to hoog.
        var result = BoardAssessor.Assess(Board([Service("App", "eu-app", ["p1"])]), World).Services.Single();

        Assert.Equal(3, result.Criticality.Value);
        Assert.Equal(11.4, result.Urgency.Value, 6);
        Assert.Equal("hoog", result.Urgency.Band);
        Assert.Contains(new RaisedForFailedPolicy(), result.Urgency.Why);
    }
}
