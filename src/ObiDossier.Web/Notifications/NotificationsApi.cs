using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.Notifications;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Notifications;

public sealed record NotificationView(Guid Id, string Kind, string Subject, string Body, Guid? CaseId, string? CaseReference, Guid? SessionId,
    DateTimeOffset CreatedAt, bool Read, DateTimeOffset? ReadAt);

/// <summary>The caller's own in-app notifications: those for their role and organisation, and those for them by name.</summary>
internal static class NotificationsApi
{
    public const int MaxLimit = 200;

    public static RouteGroupBuilder MapNotifications(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization(AuthSetup.Policies.OneFRole);
        group.MapGet("/", ListAsync);
        group.MapPost("/{id:guid}/read", MarkReadAsync);
        return group;
    }

    public static async Task<Results<Ok<List<NotificationView>>, ProblemHttpResult>> ListAsync(
        ObiDossierDbContext db, HttpContext http, CancellationToken ct, bool? unread = null, int? limit = null)
    {
        if (limit is < 1 or > MaxLimit) return Problems.BadRequest($"limit must be between 1 and {MaxLimit}.");
        var actor = http.User.ToActor();
        var mine = Mine(db, actor);
        if (unread == true)
            mine = mine.Where(n => !db.Set<NotificationReadEntity>().Any(r => r.NotificationId == n.Id && r.UserId == actor.Id));
        var items = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(limit ?? 50)
            .Select(n => new
            {
                n,
                ReadAt = db.Set<NotificationReadEntity>().Where(r => r.NotificationId == n.Id && r.UserId == actor.Id).Select(r => (DateTimeOffset?)r.ReadAt).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return TypedResults.Ok(items.Select(x => new NotificationView(x.n.Id, x.n.Kind, x.n.Subject, x.n.Body, x.n.CaseId, x.n.CaseReference,
            x.n.SessionId, x.n.CreatedAt, x.ReadAt is not null, x.ReadAt)).ToList());
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> MarkReadAsync(Guid id, ObiDossierDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        if (!await Mine(db, actor).AnyAsync(n => n.Id == id, ct)) return Problems.NotFound("Notification");
        // Marking read twice is not an error: the first time stays recorded.
        if (!await db.Set<NotificationReadEntity>().AnyAsync(r => r.NotificationId == id && r.UserId == actor.Id, ct))
        {
            db.Add(new NotificationReadEntity { NotificationId = id, UserId = actor.Id, ReadAt = clock.GetUtcNow() });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // A concurrent request marked it read first.
            }
        }
        return TypedResults.NoContent();
    }

    private static IQueryable<NotificationEntity> Mine(ObiDossierDbContext db, Actor actor) =>
        db.Set<NotificationEntity>().AsNoTracking().Where(n =>
            n.RecipientRole == actor.Role && n.RecipientOrganisation == actor.Organisation && (n.RecipientUserId == null || n.RecipientUserId == actor.Id));
}
