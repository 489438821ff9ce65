using Regie.Core.Landscape;
using Regie.Discovery.Boards;

namespace Regie.Discovery.Tests.Boards;

/// <summary>The school list of `regie init --schools` and /boards/new: "naam;BRIN;sector;leerlingen", all lines or none.</summary>
public sealed class ReadingASchoolList
{
    [Fact]
    public void SemicolonsOrCommasAHeadingAndABlankBrinAreRead()
    {
        var result = SchoolList.Parse(["naam;BRIN;sector;leerlingen", "De Klimop; 12ab ;PO;1.240", "", "De Wilg,,so,80", "Het Baken;34CD00;vo"], "Scholen");

        Assert.Empty(result.Errors);
        Assert.Equal(
            [new School("De Klimop", "12AB", Sector.Po, 1240), new School("De Wilg", null, Sector.So, 80), new School("Het Baken", "34CD00", Sector.Vo, 0)],
            result.Schools);
    }

    [Fact]
    public void EveryWrongFieldIsNamedByLineAndNoSchoolIsKept()
    {
        var result = SchoolList.Parse(["De Klimop;12AB;po;240", ";1234;1;veel", "Twee velden;po", "Dubbel;12ab;vo;10"], "Scholen");

        Assert.Empty(result.Schools);
        Assert.Equal(
        [
            "Scholen, regel 2: naam: vul de naam van de school in.",
            "Scholen, regel 2: BRIN: '1234' is geen BRIN-nummer; dat is twee cijfers en twee letters (12AB), eventueel met twee cijfers voor de vestiging (12AB00).",
            "Scholen, regel 2: sector: '1' is geen sector; kies po, vo, so of mbo.",
            "Scholen, regel 2: leerlingen: 'veel' is geen heel getal van 0 of meer.",
            "Scholen, regel 3: verwacht 'naam;BRIN;sector;leerlingen' (naam, BRIN, sector en leerlingen gescheiden door ';'), maar er staan 2 velden.",
            "Scholen, regel 4: BRIN 12AB staat al bij De Klimop.",
        ], result.Errors);
    }
}
