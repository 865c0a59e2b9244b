// Each case of tests/integration/python/test_client.py writes its own onStartup here, in a copy of this project.
