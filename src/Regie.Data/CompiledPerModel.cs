using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Regie.Data;

/// <summary>
/// An EF Core compiled query for the queries that run on every request (the caller, the token, the board's version): it
/// skips translating the LINQ again each time, which cost more CPU and memory than the query itself. A compiled query binds
/// to the model it first ran with, and one process can use both databases (the tests; a backup moved from SQLite to
/// PostgreSQL), so it is compiled once per model.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConcurrentDictionary<IModel, TQuery> byModel = new();

    public TQuery For(DbContext db) => byModel.GetOrAdd(db.Model, _ => compile());
}
