using System.Text;
using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Pipeline.Packaging;

namespace Build.Tasks.Package;

[TaskName(nameof(SmokeTest))]
[TaskDescription("Loads each handler named in pipeline.json from the built zip and feeds it its sample event; a wrong handler, a missing dependency or a start-up crash stops the run before upload.")]
[IsDependentOn(typeof(Package))]
public sealed class SmokeTest : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var zip = Path.Combine(context.Paths.Package, context.Delivery.Built.FileName);
        foreach (var function in context.Config.Service.Functions)
        {
            var sample = function.SmokeEvent is { } file ? await File.ReadAllBytesAsync(context.Config.FullPath(file)) : "{}"u8.ToArray();
            var extract = Path.Combine(context.Paths.Artifacts, "smoke", function.Name.Length == 0 ? "function" : function.Name);
            var smoke = new HandlerSmokeTest(zip, function.Handler, extract) 
            {
                Timeout = TimeSpan.FromSeconds(function.TimeoutSeconds),
                HandlerKey = function.Name.Length == 0 ? "service.handler" : $"{function.KeyPath}.handler",
            };
            try
            {
                var reply = await smoke.RunAsync(sample);
                context.Information($"Smoke test: {function.Handler} from {context.Delivery.Built.FileName} answered {function.SmokeEvent ?? "{}"} with {Shorten(reply)}");
            }
            catch (SmokeTestException error)
            {
                var which = function.Name.Length == 0 ? string.Empty : $" ({function.KeyPath})";
                throw new CakeException($"Smoke test of {context.Delivery.Built.FileName}{which} failed, nothing was uploaded: {error.Message}");
            }
        }
    }

    private static string Shorten(string reply)
    {
        var flat = new StringBuilder(reply).Replace('\n', ' ').Replace('\r', ' ').ToString();
        return flat.Length <= 160 ? flat : flat[..160] + "…";
    }
}
