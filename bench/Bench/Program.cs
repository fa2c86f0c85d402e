using Bench;

return args switch
{
    ["tf-args", var root, var endpoint] => TerraformArguments.Print(root, new Uri(endpoint)),
    ["upload", var endpoint, var bucket, var keyArn, var file] => await StoreUpload.RunAsync(new Uri(endpoint), bucket, keyArn, file),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Bench tf-args REPO_ROOT ENDPOINT | Bench upload ENDPOINT BUCKET KMS_KEY_ARN FILE");
    return 2;
}
