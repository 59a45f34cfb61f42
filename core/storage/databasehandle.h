// How a repository reaches its database: a session's, which comes and goes with the connection,
// or one fixed database (tools, tests).
#pragma once

namespace hourglass {

class Database;
class Session;

class DatabaseHandle
{
public:
    DatabaseHandle(Database &database)
        : m_database(&database)
    {}
    DatabaseHandle(Session &session)
        : m_session(&session)
    {}

    // Throws StorageError while the session is offline.
    Database &get() const;

private:
    Database *m_database = nullptr;
    Session *m_session = nullptr;
};

} // namespace hourglass
