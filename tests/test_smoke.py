def test_home_needs_sign_in(client):
    response = client.get("/shipper/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/shipper/login")


def test_lso_signs_in_and_sees_users(client, login_as):
    login_as("lso", "ALP")
    response = client.get("/shipper/users")
    assert response.status_code == 200
    assert "Users" in response.get_data(as_text=True)
