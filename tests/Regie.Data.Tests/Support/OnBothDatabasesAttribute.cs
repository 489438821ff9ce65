using System.Reflection;
using Regie.Data;
using Xunit.Sdk;
using Xunit.v3;

namespace Regie.Data.Tests.Support;

/// <summary>Runs a storage test once on SQLite and once on PostgreSQL; the test takes the provider as its argument.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnBothDatabasesAttribute : DataAttribute
{
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        new([new TheoryDataRow<DatabaseProvider>(DatabaseProvider.Sqlite), new TheoryDataRow<DatabaseProvider>(DatabaseProvider.Postgres)]);

    public override bool SupportsDiscoveryEnumeration() => true;
}
