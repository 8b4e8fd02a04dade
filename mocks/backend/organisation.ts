/** The manager and its admin account, departments and groups. */
import { isAccountName } from '../../src/core/validation.js';
import type {
  AccountAvailability,
  Department,
  DepartmentCreate,
  DepartmentUpdate,
  Group,
  GroupCreate,
  GroupUpdate,
  Manager,
  ManagerSetup,
  ManagerUpdate,
} from '../contract.js';
import { problem, reply, type Reply } from '../problem.js';
import { newMember } from './members.js';
import type { DepartmentRecord, GroupRecord, Store } from './store.js';
import type { Views } from './views.js';

export class Organisation {
  constructor(
    private readonly s: Store,
    private readonly v: Views,
  ) {}

  getManager(): Reply<Manager> {
    return reply(this.v.manager(this.s.requireManager()));
  }

  setUpManager(params: ManagerSetup): Reply<Manager> {
    const s = this.s;
    if (s.manager) throw problem('already_set_up', 'The manager is already set up');
    const companyName = s.requireName(params.companyName, 'companyName', 200);
    // Named in the company's language by the console that sets it up; the contract's word when none is sent.
    const departmentName = s.requireName(params.defaultDepartmentName ?? 'General', 'defaultDepartmentName');
    const { mode, accountName } = params.admin;
    if (!isAccountName(accountName)) throw problem('invalid_account_name', 'The account name does not follow the rule', { field: 'admin.accountName' });
    if (mode === 'new' && s.accounts.has(accountName.toLowerCase()))
      throw problem('account_name_taken', `${accountName} is already taken`, { field: 'admin.accountName' });
    s.accounts.add(accountName.toLowerCase());
    const department: DepartmentRecord = { id: s.nextId('dep'), name: departmentName, monthlyBudget: null, version: 1 };
    const adminId = s.nextId('mem');
    s.manager = {
      id: s.nextId('mgr'),
      companyName,
      country: params.country,
      currency: params.currency,
      adminAccountName: accountName,
      adminMemberId: adminId,
      createdAt: s.now(),
      version: 1,
    };
    s.departments.set(department.id, department);
    const admin = newMember(
      s,
      { accountName, displayName: accountName, email: null, departmentId: department.id, groupIds: [], role: 'admin', usageReportingConsent: true },
      adminId,
    );
    s.members.set(adminId, admin);
    return reply(this.v.manager(s.manager), 201);
  }

  updateManager(params: ManagerUpdate): Reply<Manager> {
    const manager = this.s.requireManager();
    this.s.assertVersion(manager, params.version, this.v.manager);
    if (params.currency !== undefined && params.currency !== manager.currency && this.s.ledger.length > 0)
      throw problem('validation_failed', 'The currency cannot change once credit has moved', { field: 'currency' });
    if (params.companyName !== undefined) manager.companyName = this.s.requireName(params.companyName, 'companyName', 200);
    if (params.country !== undefined) manager.country = params.country;
    if (params.currency !== undefined) manager.currency = params.currency;
    manager.version++;
    return reply(this.v.manager(manager));
  }

  checkAccountName(name: string): Reply<AccountAvailability> {
    const valid = isAccountName(name);
    const taken = valid && this.s.accounts.has(name.toLowerCase());
    const body: AccountAvailability = { accountName: name, valid, available: valid && !taken };
    if (!valid) body.reason = 'invalid_account_name';
    else if (taken) body.reason = 'account_name_taken';
    return reply(body);
  }

  listDepartments(): Reply<Department[]> {
    this.s.requireManager();
    return reply([...this.s.departments.values()].map(this.v.department));
  }

  createDepartment(params: DepartmentCreate): Reply<Department> {
    this.s.requireManager();
    if (params.monthlyBudget) this.s.assertAmount(params.monthlyBudget, 'monthlyBudget');
    const department: DepartmentRecord = {
      id: this.s.nextId('dep'),
      name: this.s.requireName(params.name),
      monthlyBudget: params.monthlyBudget ?? null,
      version: 1,
    };
    this.s.departments.set(department.id, department);
    return reply(this.v.department(department), 201);
  }

  updateDepartment(id: string, params: DepartmentUpdate): Reply<Department> {
    const department = this.s.find(this.s.departments, id, 'department');
    this.s.assertVersion(department, params.version, this.v.department);
    if (params.monthlyBudget) this.s.assertAmount(params.monthlyBudget, 'monthlyBudget');
    if (params.name !== undefined) department.name = this.s.requireName(params.name);
    if (params.monthlyBudget !== undefined) department.monthlyBudget = params.monthlyBudget;
    department.version++;
    return reply(this.v.department(department));
  }

  deleteDepartment(id: string, version: number): Reply<undefined> {
    return this.deleteEmpty(this.s.departments, id, version, this.v.department, 'department', 'Move the members of this department first');
  }

  listGroups(): Reply<Group[]> {
    this.s.requireManager();
    return reply([...this.s.groups.values()].map(this.v.group));
  }

  createGroup(params: GroupCreate): Reply<Group> {
    this.s.requireManager();
    const group: GroupRecord = { id: this.s.nextId('grp'), name: this.s.requireName(params.name), version: 1 };
    this.s.groups.set(group.id, group);
    return reply(this.v.group(group), 201);
  }

  updateGroup(id: string, params: GroupUpdate): Reply<Group> {
    const group = this.s.find(this.s.groups, id, 'group');
    this.s.assertVersion(group, params.version, this.v.group);
    if (params.name !== undefined) group.name = this.s.requireName(params.name);
    group.version++;
    return reply(this.v.group(group));
  }

  deleteGroup(id: string, version: number): Reply<undefined> {
    return this.deleteEmpty(this.s.groups, id, version, this.v.group, 'group', 'Remove the members of this group first');
  }

  /** A department or group goes once nobody is in it, at the version read. */
  private deleteEmpty<R extends { version: number }>(
    map: Map<string, R>,
    id: string,
    version: number,
    view: (r: R) => { memberCount: number },
    what: string,
    message: string,
  ): Reply<undefined> {
    const record = this.s.find(map, id, what);
    this.s.assertVersion(record, version, view);
    if (view(record).memberCount > 0) throw problem('conflict', message, { current: view(record) });
    map.delete(id);
    return reply(undefined, 204);
  }
}
