namespace Amazon.CloudFormation.Model.Internal.MarshallTransformations;

internal static class TemplateOperations
{
    public static readonly QueryOperation<ValidateTemplateRequest, ValidateTemplateResponse> ValidateTemplate = new(
        "ValidateTemplate",
        (q, r) =>
        {
            q.Add("TemplateBody", r.TemplateBody);
            q.Add("TemplateURL", r.TemplateURL);
        },
        (x, r) =>
        {
            r.Parameters = x.List("Parameters", ShapeReader.TemplateParameter);
            r.Description = x.Text("Description");
            r.Capabilities = x.Strings("Capabilities");
            r.CapabilitiesReason = x.Text("CapabilitiesReason");
            r.DeclaredTransforms = x.Strings("DeclaredTransforms");
        });

    public static readonly QueryOperation<GetTemplateSummaryRequest, GetTemplateSummaryResponse> GetTemplateSummary = new(
        "GetTemplateSummary",
        (q, r) =>
        {
            q.Add("TemplateBody", r.TemplateBody);
            q.Add("TemplateURL", r.TemplateURL);
            q.Add("StackName", r.StackName);
        },
        (x, r) =>
        {
            r.Parameters = x.List("Parameters", ShapeReader.ParameterDeclaration);
            r.Description = x.Text("Description");
            r.Capabilities = x.Strings("Capabilities");
            r.CapabilitiesReason = x.Text("CapabilitiesReason");
            r.ResourceTypes = x.Strings("ResourceTypes");
            r.Version = x.Text("Version");
            r.DeclaredTransforms = x.Strings("DeclaredTransforms");
        });
}
