def test_home_needs_sign_in(client):
    response = client.get("/shipper/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/shipper/login")


def test_lso_signs_in_and_sees_users(client, login_as):
    login_as("lso", "ALP")
    response = client.get("/shipper/users")
    assert response.status_code == 200
    assert "Users" in response.get_data(as_text=True)


def test_the_service_has_an_icon_where_browsers_look(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200 and response.mimetype == "image/vnd.microsoft.icon"
    assert response.data[:4] == b"\x00\x00\x01\x00"           # an icon file's first bytes
    assert "max-age=86400" in response.headers["Cache-Control"]
    page = client.get("/shipper/login").get_data(as_text=True)
    assert 'rel="icon" href="/static/favicon.ico"' in page
