namespace Permissions.Tests;

/// <summary>
/// Every Deny and trust statement the repository's Terraform renders for pipeline.json, as <see cref="StatementRow"/>
/// writes it. A change here is a change to who may assume what or what is always refused: review it as such.
/// </summary>
internal static class PolicyStatementTable
{
    public static readonly IReadOnlyList<string> Rows =
    [
        "bucket policy of greeter-preprod-artifacts-111111111111-eu-west-1 | DenyInsecureTransport | Deny | Principal * | Action s3:* | Resource [arn:aws:s3:::greeter-preprod-artifacts-111111111111-eu-west-1,arn:aws:s3:::greeter-preprod-artifacts-111111111111-eu-west-1/*] | Condition {Bool:{aws:SecureTransport:false}}",
        "bucket policy of greeter-preprod-artifacts-111111111111-eu-west-1 | DenyKmsWithoutThisKey | Deny | Principal * | Action s3:PutObject | Resource arn:aws:s3:::greeter-preprod-artifacts-111111111111-eu-west-1/* | Condition {Null:{s3:x-amz-server-side-encryption-aws-kms-key-id:true},StringEquals:{s3:x-amz-server-side-encryption:aws:kms}}",
        "bucket policy of greeter-preprod-artifacts-111111111111-eu-west-1 | DenyOtherKmsKeys | Deny | Principal * | Action s3:PutObject | Resource arn:aws:s3:::greeter-preprod-artifacts-111111111111-eu-west-1/* | Condition {Null:{s3:x-amz-server-side-encryption-aws-kms-key-id:false},StringNotEquals:{s3:x-amz-server-side-encryption-aws-kms-key-id:<key in 111111111111 Application=greeter,Environment=preprod,ManagedBy=terraform>}}",
        "bucket policy of greeter-preprod-artifacts-111111111111-eu-west-1 | DenyUnencryptedObjectUploads | Deny | Principal * | Action s3:PutObject | Resource arn:aws:s3:::greeter-preprod-artifacts-111111111111-eu-west-1/* | Condition {Null:{s3:x-amz-server-side-encryption:false},StringNotEquals:{s3:x-amz-server-side-encryption:aws:kms}}",
        "bucket policy of greeter-prod-artifacts-333333333333-eu-west-1 | DenyInsecureTransport | Deny | Principal * | Action s3:* | Resource [arn:aws:s3:::greeter-prod-artifacts-333333333333-eu-west-1,arn:aws:s3:::greeter-prod-artifacts-333333333333-eu-west-1/*] | Condition {Bool:{aws:SecureTransport:false}}",
        "bucket policy of greeter-prod-artifacts-333333333333-eu-west-1 | DenyKmsWithoutThisKey | Deny | Principal * | Action s3:PutObject | Resource arn:aws:s3:::greeter-prod-artifacts-333333333333-eu-west-1/* | Condition {Null:{s3:x-amz-server-side-encryption-aws-kms-key-id:true},StringEquals:{s3:x-amz-server-side-encryption:aws:kms}}",
        "bucket policy of greeter-prod-artifacts-333333333333-eu-west-1 | DenyOtherKmsKeys | Deny | Principal * | Action s3:PutObject | Resource arn:aws:s3:::greeter-prod-artifacts-333333333333-eu-west-1/* | Condition {Null:{s3:x-amz-server-side-encryption-aws-kms-key-id:false},StringNotEquals:{s3:x-amz-server-side-encryption-aws-kms-key-id:<key in 333333333333 Application=greeter,Environment=prod,ManagedBy=terraform>}}",
        "bucket policy of greeter-prod-artifacts-333333333333-eu-west-1 | DenyUnencryptedObjectUploads | Deny | Principal * | Action s3:PutObject | Resource arn:aws:s3:::greeter-prod-artifacts-333333333333-eu-west-1/* | Condition {Null:{s3:x-amz-server-side-encryption:false},StringNotEquals:{s3:x-amz-server-side-encryption:aws:kms}}",
        "managed policy arn:aws:iam::222222222222:policy/greeter-preprod-boundary | KeepTheBoundary | Deny | Action [iam:CreatePolicyVersion,iam:DeletePolicy,iam:DeletePolicyVersion,iam:DeleteRolePermissionsBoundary,iam:SetDefaultPolicyVersion] | Resource *",
        "managed policy arn:aws:iam::444444444444:policy/greeter-prod-boundary | KeepTheBoundary | Deny | Action [iam:CreatePolicyVersion,iam:DeletePolicy,iam:DeletePolicyVersion,iam:DeleteRolePermissionsBoundary,iam:SetDefaultPolicyVersion] | Resource *",
        "policy deploy of arn:aws:iam::222222222222:role/greeter-preprod-deploy | NeverTerminationProtection | Deny | Action cloudformation:UpdateTerminationProtection | Resource *",
        "policy deploy of arn:aws:iam::444444444444:role/greeter-prod-deploy | NeverTerminationProtection | Deny | Action cloudformation:UpdateTerminationProtection | Resource *",
        "policy ephemeral-stacks of arn:aws:iam::222222222222:role/greeter-preprod-ephemeral | NeverTerminationProtection | Deny | Action cloudformation:UpdateTerminationProtection | Resource *",
        "policy ephemeral-stacks of arn:aws:iam::222222222222:role/greeter-preprod-ephemeral | NeverTheEnvironmentStacks | Deny | Action [cloudformation:*,lambda:*] | Resource [arn:aws:cloudformation:eu-west-1:222222222222:stack/greeter-preprod/*,arn:aws:lambda:eu-west-1:222222222222:function:greeter-preprod,arn:aws:lambda:eu-west-1:222222222222:function:greeter-preprod:*]",
        "policy lambda-stack of arn:aws:iam::222222222222:role/greeter-preprod-cloudformation | NeverLiftABoundary | Deny | Action iam:DeleteRolePermissionsBoundary | Resource *",
        "policy lambda-stack of arn:aws:iam::222222222222:role/greeter-preprod-cloudformation | NeverThePipelineRoles | Deny | Action iam:* | Resource [arn:aws:iam::222222222222:role/greeter-preprod-cloudformation,arn:aws:iam::222222222222:role/greeter-preprod-deploy]",
        "policy lambda-stack of arn:aws:iam::444444444444:role/greeter-prod-cloudformation | NeverLiftABoundary | Deny | Action iam:DeleteRolePermissionsBoundary | Resource *",
        "policy lambda-stack of arn:aws:iam::444444444444:role/greeter-prod-cloudformation | NeverThePipelineRoles | Deny | Action iam:* | Resource [arn:aws:iam::444444444444:role/greeter-prod-cloudformation,arn:aws:iam::444444444444:role/greeter-prod-deploy]",
        "policy provisioning of arn:aws:iam::222222222222:role/greeter-preprod-terraform | NeverItselfNorTheBoundary | Deny | NotAction [iam:GetPolicy,iam:GetPolicyVersion,iam:GetRole] | Resource [arn:aws:iam::222222222222:policy/greeter-preprod-boundary,arn:aws:iam::222222222222:role/greeter-preprod-terraform]",
        "policy provisioning of arn:aws:iam::222222222222:role/greeter-preprod-terraform | NeverLiftABoundary | Deny | Action iam:DeleteRolePermissionsBoundary | Resource *",
        "policy provisioning of arn:aws:iam::444444444444:role/greeter-prod-terraform | NeverItselfNorTheBoundary | Deny | NotAction [iam:GetPolicy,iam:GetPolicyVersion,iam:GetRole] | Resource [arn:aws:iam::444444444444:policy/greeter-prod-boundary,arn:aws:iam::444444444444:role/greeter-prod-terraform]",
        "policy provisioning of arn:aws:iam::444444444444:role/greeter-prod-terraform | NeverLiftABoundary | Deny | Action iam:DeleteRolePermissionsBoundary | Resource *",
        "trust of arn:aws:iam::111111111111:role/greeter-preprod-developer | - | Allow | Principal {AWS:arn:aws:iam::111111111111:root} | Action sts:AssumeRole | Condition {ArnLike:{aws:PrincipalArn:arn:aws:iam::111111111111:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_Developer_*}}",
        "trust of arn:aws:iam::111111111111:role/greeter-preprod-push | - | Allow | Principal {Service:codebuild.amazonaws.com} | Action sts:AssumeRole | Condition {StringEquals:{aws:SourceAccount:111111111111}}",
        "trust of arn:aws:iam::111111111111:role/greeter-pull-request | - | Allow | Principal {Service:codebuild.amazonaws.com} | Action sts:AssumeRole | Condition {StringEquals:{aws:SourceAccount:111111111111}}",
        "trust of arn:aws:iam::222222222222:role/greeter-preprod-cloudformation | - | Allow | Principal {Service:cloudformation.amazonaws.com} | Action sts:AssumeRole | Condition {StringEquals:{aws:SourceAccount:222222222222}}",
        "trust of arn:aws:iam::222222222222:role/greeter-preprod-deploy | - | Allow | Principal {AWS:arn:aws:iam::111111111111:role/greeter-preprod-push} | Action sts:AssumeRole",
        "trust of arn:aws:iam::222222222222:role/greeter-preprod-ephemeral | - | Allow | Principal {AWS:arn:aws:iam::111111111111:role/greeter-preprod-developer} | Action sts:AssumeRole",
        "trust of arn:aws:iam::222222222222:role/greeter-preprod-terraform | - | Allow | Principal {AWS:arn:aws:iam::111111111111:role/greeter-preprod-push} | Action sts:AssumeRole",
        "trust of arn:aws:iam::333333333333:role/greeter-prod-push | - | Allow | Principal {Service:codebuild.amazonaws.com} | Action sts:AssumeRole | Condition {StringEquals:{aws:SourceAccount:333333333333}}",
        "trust of arn:aws:iam::444444444444:role/greeter-prod-cloudformation | - | Allow | Principal {Service:cloudformation.amazonaws.com} | Action sts:AssumeRole | Condition {StringEquals:{aws:SourceAccount:444444444444}}",
        "trust of arn:aws:iam::444444444444:role/greeter-prod-deploy | - | Allow | Principal {AWS:arn:aws:iam::333333333333:role/greeter-prod-push} | Action sts:AssumeRole",
        "trust of arn:aws:iam::444444444444:role/greeter-prod-terraform | - | Allow | Principal {AWS:arn:aws:iam::333333333333:role/greeter-prod-push} | Action sts:AssumeRole",
    ];
}
