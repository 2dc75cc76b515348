using System.Data;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LearningLoop.Web.Infrastructure;

/// <summary>Marks a page or endpoint whose reads may be served by the read replica: heavy, read-only, and fine with
/// showing data a fraction of a second old (dashboards, charts, reports, results, exports).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ServedFromReplicaAttribute : Attribute;

/// <summary>Sends the reads of marked GET requests to the replica (decision 0019). The request's one context is moved
/// onto the replica's connection once authentication has run on the primary, so feature code does not change: the
/// same queries, tenancy filter included, read from another server. Writes, unmarked pages (edit forms above all)
/// and a person's reads shortly after their own write stay on the primary.</summary>
public static class ReplicaReads
{
    /// <summary>Set on a signed-in person's writes; while it lives their reads stay on the primary. It says nothing
    /// about who they are or what they wrote.</summary>
    public const string RecentWriteCookie = "LearningLoop.RecentWrite";

    public static TBuilder ServedFromReplica<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ServedFromReplicaAttribute());

    /// <summary>After authentication and authorisation, so that they (and the API key's last-used stamp) use the primary.
    /// Nothing is added when no replica is configured.</summary>
    public static IApplicationBuilder UseReplicaReads(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetService<ReadReplica>() is not { } replica) return app;
        var readYourWrites = TimeSpan.FromSeconds(app.ApplicationServices.GetRequiredService<DatabaseOptions>().ReadYourWritesSeconds);
        return app.Use((context, next) => RouteAsync(context, next, replica, readYourWrites));
    }

    private static async Task RouteAsync(HttpContext context, RequestDelegate next, ReadReplica replica, TimeSpan readYourWrites)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            RememberWrite(context, readYourWrites);
            await next(context);
            return;
        }
        if (context.GetEndpoint()?.Metadata.GetMetadata<ServedFromReplicaAttribute>() is null || context.Request.Cookies.ContainsKey(RecentWriteCookie))
        {
            await next(context);
            return;
        }
        var db = context.RequestServices.GetRequiredService<LearningLoopDbContext>();
        if (db.Database.GetDbConnection().State != ConnectionState.Closed || !await replica.IsUsableAsync(context.RequestAborted))
        {
            await next(context);
            return;
        }

        var primary = db.Database.GetConnectionString();
        db.Database.SetConnectionString(replica.ConnectionString);
        try
        {
            await next(context);
        }
        catch (Exception e) when (FailedOnReplica(e) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            // The replica went away since it was last asked. Nothing has been sent yet, so this read is served again from
            // the primary, and the next ones too until a probe finds the replica answering.
            replica.MarkDown(e.Message);
            await RetryOnPrimaryAsync(context, next);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
            db.Database.SetConnectionString(primary);
        }
    }

    /// <summary>Runs the request again in a fresh scope (whose context is on the primary), as the exception handler
    /// does: a page's scoped services (its navigation state) cannot render twice. The organisation in view is carried
    /// over; it was set from the signed-in user by an earlier middleware.</summary>
    private static async Task RetryOnPrimaryAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.RequestServices;
        await using var fresh = original.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        fresh.ServiceProvider.Follow(original);
        context.RequestServices = fresh.ServiceProvider;
        try
        {
            context.Response.Clear();
            await next(context);
        }
        finally
        {
            context.RequestServices = original;
        }
    }

    private static void RememberWrite(HttpContext context, TimeSpan readYourWrites)
    {
        if (context.User.Identity?.IsAuthenticated != true) return;
        context.Response.Cookies.Append(RecentWriteCookie, "1", new CookieOptions
        {
            MaxAge = readYourWrites,
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
    }

    /// <summary>A connection that broke or a server that is shutting down, anywhere in the exception's chain; not an
    /// error in a query, which the primary would answer the same way.</summary>
    private static bool FailedOnReplica(Exception e)
    {
        for (var inner = (Exception?)e; inner is not null; inner = inner.InnerException)
        {
            if (inner is PostgresException postgres) return postgres.SqlState.StartsWith("57", StringComparison.Ordinal)
                || postgres.SqlState.StartsWith("08", StringComparison.Ordinal);
            if (inner is NpgsqlException or System.Net.Sockets.SocketException or IOException) return true;
        }
        return false;
    }
}
