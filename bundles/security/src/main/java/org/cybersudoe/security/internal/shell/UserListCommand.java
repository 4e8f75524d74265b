package org.cybersudoe.security.internal.shell;

import java.io.PrintStream;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.Role;
import org.cybersudoe.security.UserAccounts;

/** Lists the accounts of the realm with their platform roles and partner. */
@Service
@Command(scope = "security", name = "user-list", description = "Lists user accounts with their platform roles and partner.")
public class UserListCommand extends SecurityCommand {

    @Reference
    UserAccounts accounts;

    @Override
    protected void run(Caller caller, PrintStream out) {
        ShellTable table = table("console.column.login", "console.column.roles", "console.column.partner");
        for (UserAccounts.Account account : accounts.list(caller)) {
            table.addRow().addContent(account.login(),
                    account.roles().stream().map(Role::roleName).collect(Collectors.joining(",")),
                    account.partnerCode().orElse(""));
        }
        table.print(out);
    }
}
