using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Terraform.Workspace;

/// <summary>The <c>terraform workspace</c> sub-commands; positional directories are deprecated, so use ChangeDirectory.</summary>
public class TerraformWorkspaceRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
    : TerraformRunner<TerraformSettings>(fileSystem, environment, processRunner, tools)
{
    public void New(TerraformWorkspaceNewSettings settings)
    {
        var builder = Begin(settings, "workspace", "new");
        AppendNoColor(builder, settings);
        AppendLocking(builder, settings);
        Execute(settings, Named(builder, settings.Name));
    }

    public void Select(TerraformWorkspaceSelectSettings settings)
    {
        var builder = Begin(settings, "workspace", "select");
        AppendNoColor(builder, settings);
        if (settings.OrCreate)
        {
            builder.Append("-or-create");
        }

        Execute(settings, Named(builder, settings.Name));
    }

    public void Delete(TerraformWorkspaceDeleteSettings settings)
    {
        var builder = Begin(settings, "workspace", "delete");
        AppendNoColor(builder, settings);
        AppendLocking(builder, settings);
        if (settings.Force)
        {
            builder.Append("-force");
        }

        Execute(settings, Named(builder, settings.Name));
    }

    /// <summary>The workspace names, in Terraform's order, without the "*" that marks the current one.</summary>
    public List<string> List(TerraformWorkspaceListSettings settings)
    {
        var builder = Begin(settings, "workspace", "list");
        AppendNoColor(builder, settings, captured: true);
        ExecuteCaptured(settings, builder);
        return Output
            .Select(line => line.Trim().TrimStart('*').Trim())
            .Where(name => name.Length > 0)
            .ToList();
    }

    /// <summary>The current workspace's name.</summary>
    public string Show(TerraformWorkspaceListSettings settings)
    {
        var builder = Begin(settings, "workspace", "show");
        AppendNoColor(builder, settings, captured: true);
        ExecuteCaptured(settings, builder);
        return Output.FirstOrDefault(line => line.Trim().Length > 0)?.Trim() ?? string.Empty;
    }

    private static ProcessArgumentBuilder Named(ProcessArgumentBuilder builder, string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("Set the workspace Name in the settings; Terraform needs one.", nameof(name));
        }

        builder.Append(TerraformArguments.QuoteIfNeeded(name));
        return builder;
    }
}
