// Placeholder until the server lands: replaced by the Poco ServerApplication.
int main() { return 0; }
